import { useJ } from "../i18n";
import { lessons } from "../lessons";
import { Screen } from "../ui";

export default function Lessons() {
  const { t, lang } = useJ();
  return (
    <Screen title={t("lessons.title")}>
      {lessons(lang).map((l) => (
        <article key={l.key} className="card j-lesson">
          <h2>{l.title}</h2>
          {l.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </article>
      ))}
    </Screen>
  );
}
