import type { PacketItem as Item, PacketResponse } from '../../domain/review/review-packet';
import { REVIEW_ROLES, ROLE_TITLES } from '../../domain/review/sign-offs';

/** One safety-tagged scenario as a reviewer reads it, with its sign-off block. */
export function PacketItem({ item, version }: { item: Item; version: string }) {
  return (
    <section className="packet-item" aria-labelledby={`item-${item.id}`}>
      <h2 id={`item-${item.id}`}>{item.title}</h2>
      <p className="muted">
        Item <code>{item.id}</code> · {item.quizTitle} · {item.setting}
      </p>
      <p>
        <strong>Rules it follows:</strong>
      </p>
      <ul>
        {item.triggers.map((t) => (
          <li key={t.tag}>
            <strong>{t.name}</strong> ({t.rule.ref}): the key must {t.rule.keyMust}
          </li>
        ))}
      </ul>
      <p>
        <strong>Situation:</strong> {item.situation}
      </p>
      {item.steps.map((step) => (
        <div key={step.name || 'only'}>
          {step.name && <h3>{step.name}</h3>}
          {step.lead && (
            <p>
              <em>What happens next:</em> {step.lead}
            </p>
          )}
          <p>
            <strong>Question:</strong> {step.prompt}
          </p>
          <ol className="packet-responses">
            {step.responses.map((r) => (
              <Response key={r.letter} r={r} />
            ))}
          </ol>
        </div>
      ))}
      <SignOffBlock item={item} version={version} />
    </section>
  );
}

function Response({ r }: { r: PacketResponse }) {
  const mark = r.safety === 'unsafe' ? ' · marked unsafe' : r.safety === 'escalates' ? ' · marked escalates' : '';
  return (
    <li className={r.isKeyed ? 'is-keyed' : undefined}>
      <p>
        <strong>{r.letter}.</strong> {r.text}
      </p>
      <p className="packet-key">
        {r.key}
        {mark}
        {r.next ? ` · ${r.next}` : ''}
      </p>
      <p>
        <em>Feedback:</em> {r.feedback}
      </p>
      {r.instead && (
        <p>
          <em>What to do instead:</em> {r.instead}
        </p>
      )}
    </li>
  );
}

function SignOffBlock({ item, version }: { item: Item; version: string }) {
  return (
    <div className="packet-signoff">
      <p>
        <strong>{item.isReviewed ? 'Reviewed for this version.' : `Not yet reviewed for version ${version}.`}</strong>
      </p>
      <dl>
        {REVIEW_ROLES.map((role) => {
          const s = item.signOffs[role];
          return (
            <div key={role}>
              <dt>{ROLE_TITLES[role]}</dt>
              <dd>
                {s
                  ? `Signed off for version ${version}: ${s.initials}, ${s.date}`
                  : 'Name ________________  Initials ______  Date __________  ☐ Approved as written  ☐ Changes needed'}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
