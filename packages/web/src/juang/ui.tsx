/** Small shared pieces of the Juang screens. */
import type { Money, Problem } from "@safetravel/juang";
import { type ReactNode, useId } from "react";
import { Link } from "../shell/router";
import { useJ } from "./i18n";

export function Back({ to = "/juang" }: { to?: string }) {
  const { t } = useJ();
  return (
    <Link to={to} className="back">
      {to === "/juang" ? t("back") : t("backHome")}
    </Link>
  );
}

export function Screen({ title, children, back = true }: { title: string; children: ReactNode; back?: boolean }) {
  return (
    <div className="screen juang">
      {back && <Back />}
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: string;
  inputMode?: "decimal" | "numeric" | "text";
  placeholder?: string;
  required?: boolean;
  autoComplete?: string;
}

export function Field({ label, value, onChange, error, hint, type = "text", inputMode, placeholder, required, autoComplete = "off" }: FieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-h`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-h` : "", error ? `${id}-e` : ""].join(" ").trim() || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="error" id={`${id}-e`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: readonly { value: string; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A progress bar (0–100; above 100 shows as full and red). */
export function Progress({ pct, label }: { pct: number; label: string }) {
  const v = Math.max(0, Math.min(pct, 100));
  return (
    <div className={`j-bar${pct > 100 ? " over" : ""}`} role="img" aria-label={label}>
      <span style={{ width: `${v}%` }} />
    </div>
  );
}

export function Problems({ title, problems }: { title: string; problems: readonly Problem[] }) {
  const { t, lang } = useJ();
  return (
    <div className="error-summary" role="alert">
      <p>{title}</p>
      <ul className="j-problems">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the list is static
          <li key={i}>
            {p.line > 0 && <strong>{t("settings.line", { line: p.line })}</strong>}
            {p.field && <span className="j-field"> [{p.field}]</span>} {p.message[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface BarSeries {
  label: string;
  cls: string;
  values: readonly number[];
}

/** Grouped vertical bars in plain SVG (smaller than any chart library). Values in display units. */
export function BarChart({ labels, series, title, format }: { labels: readonly string[]; series: readonly BarSeries[]; title: string; format: (v: number) => string }) {
  const W = 320;
  const H = 160;
  const pad = 18;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupW = (W - pad) / Math.max(labels.length, 1);
  const barW = Math.max(4, (groupW - 8) / Math.max(series.length, 1));
  return (
    <figure className="j-chart">
      <svg viewBox={`0 0 ${W} ${H + 22}`} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={pad} x2={W} y1={H} y2={H} className="axis" />
        {labels.map((l, i) => (
          <g key={l} transform={`translate(${pad + i * groupW + 4},0)`}>
            {series.map((s, j) => {
              const v = s.values[i] ?? 0;
              const h = Math.round((Math.max(v, 0) / max) * (H - 10));
              return (
                <rect key={s.label} className={s.cls} x={j * barW} y={H - h} width={barW - 1} height={h}>
                  <title>{`${s.label} ${l}: ${format(v)}`}</title>
                </rect>
              );
            })}
            <text x={(groupW - 8) / 2} y={H + 16} textAnchor="middle">
              {l}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="j-legend">
        {series.map((s) => (
          <span key={s.label}>
            <i className={s.cls} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars of amounts by category (HTML; screen-reader friendly as a list). */
export function CategoryBars({ rows, fmt }: { rows: readonly { key: string; label: string; value: Money }[]; fmt: (m: Money) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.value.minor));
  return (
    <ul className="j-cats">
      {rows.map((r) => (
        <li key={r.key}>
          <span className="j-cat-label">{r.label}</span>
          <span className="j-cat-amt">{fmt(r.value)}</span>
          <span className="j-cat-bar" style={{ width: `${Math.max(2, Math.round((r.value.minor / max) * 100))}%` }} aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}
