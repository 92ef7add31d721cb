// The safety review packet as one printable HTML file (`npm run review:packet`), from the packet
// model in src/domain/review/review-packet.ts. A standalone file a reviewer opens and prints; its
// own <style> is fine here (it is not the course, so the course's CSP does not apply to it).
import type { PacketItem, PacketResponse, PacketStep, ReviewPacket } from '../../src/domain/review/review-packet';
import { REVIEW_ROLES, ROLE_TITLES } from '../../src/domain/review/sign-offs';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, sans-serif; color: #000; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; margin: 0 0 0.25rem; } h3 { font-size: 11.5pt; margin: 0.8rem 0 0.3rem; }
  .item { border-top: 2px solid #000; padding-top: 0.6rem; margin-top: 1.4rem; }
  .meta, .key { color: #333; font-size: 10pt; } .key { font-weight: 600; }
  ol.responses { padding-left: 0; list-style: none; } ol.responses > li { margin: 0.45rem 0; break-inside: avoid; padding-left: 0.6rem; border-left: 3px solid #bbb; }
  ol.responses > li.keyed { border-left-color: #000; }
  .signoff { break-inside: avoid; border: 1px solid #000; padding: 0.4rem 0.7rem; margin-top: 0.7rem; }
  .signoff table { width: 100%; border-collapse: collapse; } .signoff td, .signoff th { text-align: left; padding: 0.35rem 0.3rem; vertical-align: bottom; }
  .line { border-bottom: 1px solid #000; min-width: 7rem; display: inline-block; }
  .status { font-weight: 700; }
  @page { margin: 14mm; }
`;

function responseHtml(r: PacketResponse): string {
  const mark = r.safety === 'unsafe' ? ' · marked unsafe' : r.safety === 'escalates' ? ' · marked escalates' : '';
  return `<li class="${r.isKeyed ? 'keyed' : ''}">
      <p><strong>${r.letter}.</strong> ${escapeHtml(r.text)}</p>
      <p class="key">${escapeHtml(r.key)}${mark}${r.next ? ` · ${escapeHtml(r.next)}` : ''}</p>
      <p><em>Feedback:</em> ${escapeHtml(r.feedback)}</p>${r.instead ? `\n      <p><em>What to do instead:</em> ${escapeHtml(r.instead)}</p>` : ''}
    </li>`;
}

function stepHtml(step: PacketStep): string {
  return `${step.name ? `<h3>${escapeHtml(step.name)}</h3>` : ''}${step.lead ? `<p><em>What happens next:</em> ${escapeHtml(step.lead)}</p>` : ''}
    <p><strong>Question:</strong> ${escapeHtml(step.prompt)}</p>
    <ol class="responses">${step.responses.map(responseHtml).join('')}</ol>`;
}

function signOffHtml(item: PacketItem, version: string): string {
  const rows = REVIEW_ROLES.map((role) => {
    const title = ROLE_TITLES[role];
    const s = item.signOffs[role];
    return s
      ? `<tr><th>${title}</th><td colspan="3">Signed off for version ${escapeHtml(version)}: ${escapeHtml(s.initials)}, ${escapeHtml(s.date)}</td></tr>`
      : `<tr><th>${title}</th><td>Name <span class="line"></span></td><td>Initials <span class="line"></span></td><td>Date <span class="line"></span></td></tr>
        <tr><td></td><td colspan="3">☐ Approved as written &nbsp; ☐ Changes needed (notes overleaf)</td></tr>`;
  }).join('');
  const status = item.isReviewed ? 'Reviewed for this version.' : `Not yet reviewed for version ${escapeHtml(version)}.`;
  return `<div class="signoff"><p class="status">${status}</p><table>${rows}</table></div>`;
}

function itemHtml(item: PacketItem, version: string): string {
  const rules = item.triggers
    .map((t) => `<li><strong>${escapeHtml(t.name)}</strong> (${escapeHtml(t.rule.ref)}): the key must ${escapeHtml(t.rule.keyMust)}</li>`)
    .join('');
  return `<section class="item" id="${escapeHtml(item.id)}">
    <h2>${escapeHtml(item.title)}</h2>
    <p class="meta">Item <code>${escapeHtml(item.id)}</code> · ${escapeHtml(item.quizTitle)} · ${escapeHtml(item.setting)}</p>
    <p><strong>Rules it follows:</strong></p><ul>${rules}</ul>
    <p><strong>Situation:</strong> ${escapeHtml(item.situation)}</p>
    ${item.steps.map(stepHtml).join('\n')}
    ${signOffHtml(item, version)}
  </section>`;
}

/** The whole packet as an HTML document. */
export function renderPacketHtml(packet: ReviewPacket, { courseTitle, generatedOn }: { courseTitle: string; generatedOn: string }): string {
  const done = packet.items.length - packet.unreviewed.length;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Safety review packet · ${escapeHtml(courseTitle)} ${escapeHtml(packet.version)}</title><style>${STYLE}</style></head>
<body>
  <h1>Safety review packet: ${escapeHtml(courseTitle)}, content version ${escapeHtml(packet.version)}</h1>
  <p>Generated ${escapeHtml(generatedOn)}. Every safety-tagged scenario is below with its situation, every response, the answer key, the feedback learners read and, for an unsafe response, what to do instead. Each must be signed off by a licensed clinician and a certified peer supervisor before an organization uses it (content brief §3.3, rule 7). Record each sign-off in content/reviews.json.</p>
  <p class="status">${done} of ${packet.items.length} items signed off by both reviewers for version ${escapeHtml(packet.version)}; ${packet.unreviewed.length} not yet reviewed.</p>
  ${packet.items.map((item) => itemHtml(item, packet.version)).join('\n')}
</body>
</html>
`;
}
