/**
 * The trace reading behind the app figures (trace.ts) says what it claims on small hand-made
 * traces: "painted" ends with the task of the frame whose rAF saw the result, not at the rAF and
 * not frames later; "work" counts only the main thread's busy time in between (nested events once,
 * other threads never); a key press starts at the task that dispatches it; frames are split where
 * the main thread rendered. No timing of anything real here. Runs under node:test:
 *   node --import tsx --test test/bench/trace.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { framesBetween, paintedAfter, type TraceEvent } from './trace.js';

const MAIN = { pid: 1, tid: 1 };
const OTHER = { pid: 1, tid: 2 };
/** A complete event from `at` ms lasting `ms` ms (the trace counts in µs). */
const task = (at: number, ms: number, name = 'ThreadControllerImpl::RunTask', on = MAIN): TraceEvent => ({ name, ph: 'X', ts: at * 1000, dur: ms * 1000, ...on });
const stamp = (at: number, message: string, on = MAIN): TraceEvent => ({ name: 'TimeStamp', ph: 'I', ts: at * 1000, args: { data: { message } }, ...on });

describe('paintedAfter', () => {
  const cases: { name: string; events: TraceEvent[]; input?: string; expected: { painted: number; work: number; styleLayout: number; paint: number } }[] = [
    {
      name: 'a change seen in the next frame: painted at the end of that frame’s task',
      events: [
        task(10, 5),
        stamp(11, 'cr-start'),
        // The frame: rAF sees it at 21, then style, layout and paint until 30.
        task(20, 10),
        task(20, 10, 'RunTask'),
        stamp(21, 'cr-seen'),
        task(22, 3, 'UpdateLayoutTree'),
        task(25, 1, 'Layout'),
        task(26, 2, 'Paint'),
        task(28, 1, 'Commit'),
        // Another thread's work and a later frame count for nothing.
        task(12, 50, 'ThreadControllerImpl::RunTask', OTHER),
        task(40, 8),
      ],
      expected: { painted: 19, work: 14, styleLayout: 4, paint: 3 },
    },
    {
      name: 'a result that takes several tasks and frames: every task between counts, idle time does not',
      events: [stamp(0, 'cr-start'), task(0, 30), task(35, 20), task(60, 8), stamp(61, 'cr-seen'), task(70, 5)],
      expected: { painted: 68, work: 58, styleLayout: 0, paint: 0 },
    },
    {
      name: 'a key press: from the task that dispatches the keydown, not from the test’s mark',
      input: 'keydown',
      events: [
        stamp(0, 'cr-start'),
        task(5, 4),
        { name: 'EventDispatch', ph: 'X', ts: 6000, dur: 1000, args: { data: { type: 'keydown' } }, ...MAIN },
        task(16, 6),
        stamp(17, 'cr-seen'),
      ],
      expected: { painted: 17, work: 10, styleLayout: 0, paint: 0 },
    },
  ];
  for (const { name, events, input, expected } of cases) {
    it(name, () => {
      assert.deepEqual(paintedAfter(events, 'cr-start', 'cr-seen', input), expected);
    });
  }

  it('says when the seen frame is missing from the trace', () => {
    assert.throws(() => paintedAfter([stamp(0, 'cr-start'), stamp(5, 'cr-seen')], 'cr-start', 'cr-seen'), /"cr-seen" is in no task/);
  });
});

describe('framesBetween', () => {
  it('splits the main thread’s work where frames were rendered and finds the heaviest', () => {
    const begin = (at: number): TraceEvent => ({ name: 'BeginMainThreadFrame', ph: 'I', ts: at * 1000, ...MAIN });
    const events = [
      stamp(0, 'cr-scroll-start'),
      // Frame 1: an input task of 4 ms, then rendering 6 ms.
      task(1, 4),
      task(10, 6),
      begin(10),
      // Frame 2: one long task of 20 ms, then rendering 3 ms.
      task(20, 20),
      task(45, 3),
      begin(45),
      // Frame 3: rendering alone, 2 ms.
      task(60, 2),
      begin(60),
      stamp(70, 'cr-scroll-end'),
    ];
    assert.deepEqual(framesBetween(events, 'cr-scroll-start', 'cr-scroll-end'), { frames: 3, longestFrameWork: 23, longestTask: 20, framesOver16: 1 });
  });
});
