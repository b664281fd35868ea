import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import { newEvent } from '../events/envelope.ts';
import { apply } from '../events/apply.ts';
import { hhmmOf } from '../planning/arrival-curves.ts';
import { buildPlan } from '../planning/build.ts';
import type { DeskPlan } from '../planning/plan.ts';
import { parseSeconds } from '../planning/service-times.ts';
import { run } from './runner.ts';

const seconds = (flag: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const s = parseSeconds(raw);
  if (s === null) throw new InputError(`${flag} "${raw}": write a duration such as 25s, 3m or 1m30s.`);
  return s;
};
const number = (flag: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${flag} "${raw}" is not a number.`);
  return n;
};
const duration = (s: number): string => (s < 60 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`);

function table(plan: DeskPlan): string {
  const c = plan.chosen;
  const rows = c.slots.filter((s, i, all) => s.arrivals > 0.05 || s.queue > 0.05 || (i > 0 && (all[i - 1]?.backlogOut ?? 0) > 0.05));
  const pct = Math.round(plan.percentile * 100);
  return [
    `  time   arrivals  waiting  wait (${pct}%)  carried over`,
    ...rows.map((s) => `  ${hhmmOf(s.minute)}  ${s.arrivals.toFixed(0).padStart(8)}  ${s.queue.toFixed(1).padStart(7)}  ${duration(s.wait).padStart(10)}  ${s.backlogOut.toFixed(0).padStart(12)}`),
  ].join('\n');
}

function describe(plan: DeskPlan): string {
  const pct = Math.round(plan.percentile * 100);
  const target = duration(plan.targetSeconds);
  const answer = plan.desks === null
    ? `No number of desks up to ${plan.chosen.desks} keeps ${pct}% of people under ${target}: lower the arrivals' peak or the service time.`
    : `Open ${plan.desks} desk${plan.desks === 1 ? '' : 's'} and ${plan.printers ?? '?'} badge printer${plan.printers === 1 ? '' : 's'}: ${pct}% of people then wait less than ${target} (${(plan.chosen.withinTarget * 100).toFixed(1)}% do).`;
  return [
    `Arrivals: ${plan.curve.source}.`,
    `Service: ${plan.serviceSeconds} s a person (${plan.serviceSource}); badge print ${plan.printSeconds} s for ${Math.round(plan.printShare * 100)}% of people.`,
    'Model: Erlang C (M/M/c) per 5-minute slot, the backlog carried into the next slot.',
    '',
    `With ${plan.chosen.desks} desks:`,
    table(plan),
    '',
    ...plan.options.map((o) => `  ${String(o.desks).padStart(3)} desks: ${(o.withinTarget * 100).toFixed(1).padStart(5)}% wait less than ${target}, up to ${Math.round(o.maxQueue)} people waiting`),
    '',
    answer,
  ].join('\n');
}

export function registerPlan(program: Command): void {
  const plan = program.command('plan').description('plan the registration desks');
  plan
    .command('desks')
    .description('how many desks and badge printers keep the wait under a target, slot by slot')
    .option('--arrivals <n>', 'people expected (scales a recorded curve when given with --from-day/--from-export)')
    .option('--opening <HH:MM>', 'opening time: arrivals follow the typical morning around it')
    .option('--from-day <YYYY-MM-DD>', 'take the arrival curve from the check-ins of an earlier day of this event')
    .option('--from-export <file>', "take it from a previous event's check-in export (CSV/XLSX)")
    .option('--target-wait <duration>', 'the wait to keep under, e.g. 3m', '3m')
    .option('--percentile <p>', 'share of people who must wait less than the target, in %', '95')
    .option('--service-time <duration>', 'desk time per person (default: measured by Foyer at this event, else 30s)')
    .option('--print-time <duration>', 'printer time per badge', '8s')
    .option('--print-share <p>', 'share of people who get a badge printed, in %', '100')
    .option('--save <YYYY-MM-DD>', 'keep these inputs as the plan of that day (the dashboard compares it with what happened)')
    .action(
      run(program, async (ctx, o: { arrivals?: string; opening?: string; fromDay?: string; fromExport?: string; targetWait: string; percentile: string; serviceTime?: string; printTime: string; printShare: string; save?: string }) => {
        const inputs = {
          arrivals: number('--arrivals', o.arrivals), opening: o.opening, fromDay: o.fromDay, fromExport: o.fromExport,
          targetSeconds: seconds('--target-wait', o.targetWait) as number, percentile: (number('--percentile', o.percentile) as number) / 100,
          serviceSeconds: seconds('--service-time', o.serviceTime) ?? null, printSeconds: seconds('--print-time', o.printTime) as number,
          printShare: Math.min(1, (number('--print-share', o.printShare) as number) / 100),
        };
        const result = await buildPlan(ctx.db, inputs);
        if (o.save) {
          if (!inputs.arrivals || !inputs.opening) throw new InputError('--save keeps a plan made from --arrivals and --opening.');
          apply(ctx.db, newEvent(ctx.actor, 'plan.saved', { day: o.save, inputs: { ...inputs, arrivals: Math.round(inputs.arrivals), opening: inputs.opening.padStart(5, '0') } }));
        }
        const { options, chosen, ...rest } = result;
        const json = { ...rest, chosen, options: options.map((x) => ({ desks: x.desks, withinTarget: x.withinTarget, maxQueue: x.maxQueue })) };
        return { json, text: describe(result) + (o.save ? `\nSaved as the plan of ${o.save}.` : '') };
      }),
    );
}
