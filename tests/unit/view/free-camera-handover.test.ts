import { describe, expect, it } from 'vitest';
import { pressHandover } from '../../../src/view/free-camera-handover.ts';

/** A pointer event as far as the handover reads one (Node has Event, not PointerEvent). */
class Pointer extends Event {
  readonly pointerId: number;
  readonly clientX: number;
  readonly button: number;
  constructor(
    type: string,
    init: EventInit & { pointerId: number; clientX: number; button?: number },
  ) {
    super(type, init);
    this.pointerId = init.pointerId;
    this.clientX = init.clientX;
    this.button = init.button ?? 0;
  }
}

function listener() {
  const target = new EventTarget();
  const seen: Event[] = [];
  for (const type of ['pointerdown', 'wheel']) target.addEventListener(type, (e) => seen.push(e));
  return { target, seen };
}

describe('the press that takes the camera', () => {
  it('is replayed to the controls once they listen, as a copy with its pointer and position', () => {
    const handover = pressHandover();
    const press = new Pointer('pointerdown', { pointerId: 7, clientX: 640, button: 0 });
    handover.took(press);
    const { target, seen } = listener();
    handover.handTo(target);
    expect(seen).toHaveLength(1);
    const replayed = seen[0] as Pointer;
    expect(replayed).not.toBe(press);
    expect(replayed).toBeInstanceOf(Pointer);
    expect([replayed.type, replayed.pointerId, replayed.clientX]).toEqual(['pointerdown', 7, 640]);
    // Once: controls mounted again later (the visitor gave the camera back and took it again
    // by the keyboard) get nothing stale.
    handover.handTo(target);
    expect(seen).toHaveLength(1);
  });

  it('is dropped when that pointer was lifted before the controls listened (a click)', () => {
    const handover = pressHandover();
    handover.took(new Pointer('pointerdown', { pointerId: 3, clientX: 10 }));
    handover.released(new Pointer('pointerup', { pointerId: 4, clientX: 10 }));
    handover.released(new Pointer('pointerup', { pointerId: 3, clientX: 12 }));
    const { target, seen } = listener();
    handover.handTo(target);
    expect(seen).toHaveLength(0);
  });

  it('keeps a press while another pointer is lifted, and a wheel turn whatever is lifted', () => {
    const handover = pressHandover();
    handover.took(new Pointer('pointerdown', { pointerId: 1, clientX: 5 }));
    handover.released(new Pointer('pointerup', { pointerId: 2, clientX: 5 }));
    const first = listener();
    handover.handTo(first.target);
    expect(first.seen.map((e) => e.type)).toEqual(['pointerdown']);

    handover.took(new Event('wheel'));
    handover.released(new Pointer('pointerup', { pointerId: 1, clientX: 5 }));
    const second = listener();
    handover.handTo(second.target);
    expect(second.seen.map((e) => e.type)).toEqual(['wheel']);
  });
});
