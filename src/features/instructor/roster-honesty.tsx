/** What the roster checks, what no check can show, and where to go when results must be trusted. */
export function RosterHonesty() {
  return (
    <aside className="notice" aria-label="What the roster checks">
      <p>
        <strong>What the roster checks.</strong> It re-scores every answer in a receipt with the course&rsquo;s own scoring and judges it by
        the assignment you created here: your pass mark, module list and due date, not the ones the receipt claims. It flags claimed scores
        the answers do not earn, a changed checksum, claims that differ from your assignment, attempts replayed under another
        learner&rsquo;s name, and impossible dates.
      </p>
      <p>
        <strong>What it cannot show.</strong> Receipts are self-reported. There is no server and no login: anyone can type any name, and the
        answer keys ship inside the course, so a receipt made up with every best answer looks exactly like an honest one. &ldquo;No problems
        found&rdquo; means only that these checks found none.
      </p>
      <p>
        <strong>When results must be trusted</strong> (for credit, certification or employment), use the course&rsquo;s LMS package: your
        LMS records each learner&rsquo;s results under their own login.
      </p>
    </aside>
  );
}
