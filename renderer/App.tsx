import { useRoute } from './routes.ts';
import { AppShell } from './components/AppShell.tsx';
import { DeskScreen } from './screens/Desk/DeskScreen.tsx';
import { KioskScreen } from './screens/Kiosk/KioskScreen.tsx';
import { SetupScreen } from './screens/Setup/SetupScreen.tsx';
import { DashboardScreen } from './screens/Dashboard/DashboardScreen.tsx';
import { RoomDoorScreen } from './screens/RoomDoor/RoomDoorScreen.tsx';
import { MatchmakingScreen } from './screens/Matchmaking/MatchmakingScreen.tsx';

export function App() {
  const route = useRoute();
  // The kiosk is self-service: no staff navigation on screen.
  if (route === 'kiosk') return <KioskScreen />;
  // A room door calls only the door's methods (a door-paired tablet may call nothing else).
  if (route === 'door') return <RoomDoorScreen />;
  return (
    <AppShell route={route}>
      {route === 'desk' && <DeskScreen />}
      {route === 'setup' && <SetupScreen />}
      {route === 'dashboard' && <DashboardScreen />}
      {route === 'matchmaking' && <MatchmakingScreen />}
    </AppShell>
  );
}
