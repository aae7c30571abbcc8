import { type CSSProperties, type PointerEvent, useEffect, useRef, useState } from "react";

interface Props {
  label: string;
  holdingLabel: string;
  describedBy?: string;
  durationMs?: number;
  disabled?: boolean;
  /** Held long enough. */
  onHeld: () => void;
  /** Activated without holding (keyboard, screen reader, short tap): ask to confirm. */
  onPressed: () => void;
}

/** Press-and-hold button with visible progress; a plain activation asks for confirmation instead. */
export function HoldButton({ label, holdingLabel, describedBy, durationMs = 2000, disabled, onHeld, onPressed }: Props) {
  const [progress, setProgress] = useState(0);
  const frame = useRef(0);
  const start = useRef<number | null>(null);
  const held = useRef(false);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const stop = () => {
    cancelAnimationFrame(frame.current);
    start.current = null;
    setProgress(0);
  };

  const tick = () => {
    if (start.current === null) return;
    const p = Math.min(1, (performance.now() - start.current) / durationMs);
    setProgress(p);
    if (p >= 1) {
      held.current = true;
      stop();
      if (navigator.vibrate) navigator.vibrate(200);
      onHeld();
      return;
    }
    frame.current = requestAnimationFrame(tick);
  };

  const down = (e: PointerEvent<HTMLButtonElement>) => {
    if (disabled || e.button !== 0) return;
    held.current = false;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    start.current = performance.now();
    frame.current = requestAnimationFrame(tick);
  };

  return (
    <button
      type="button"
      className="hold"
      disabled={disabled}
      aria-describedby={describedBy}
      style={{ "--p": progress } as CSSProperties}
      onPointerDown={down}
      onPointerUp={() => start.current !== null && stop()}
      onPointerCancel={stop}
      onContextMenu={(e) => e.preventDefault()}
      onClick={() => {
        if (held.current) {
          held.current = false;
          return;
        }
        onPressed();
      }}
    >
      <span className="hold-fill" aria-hidden="true" />
      <span className="hold-label">{progress > 0 ? holdingLabel : label}</span>
    </button>
  );
}
