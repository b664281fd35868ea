import { expect, it } from 'vitest';
import { defaultDashboardDay } from '../../renderer/screens/Dashboard/default-day.ts';

const DAYS = ['2019-05-14', '2019-05-15', '2019-05-17'];

it('opens the dashboard on today during the event, else on the nearest day that makes sense', () => {
  expect(defaultDashboardDay(DAYS, '2019-05-15')).toBe('2019-05-15');
  expect(defaultDashboardDay(DAYS, '2019-05-10')).toBe('2019-05-14'); // set-up day: who is expected
  expect(defaultDashboardDay(DAYS, '2019-05-16')).toBe('2019-05-15'); // a day off: the last one
  expect(defaultDashboardDay(DAYS, '2019-06-01')).toBe('2019-05-17'); // afterwards: the last day
  expect(defaultDashboardDay([], '2019-06-01')).toBe('2019-06-01');
});
