import { loadedSettings } from '../../config/course-settings';
import { formatSettingsProblem } from '../../domain/settings/settings-types';
import { SettingsTable } from './settings-table';

/**
 * For the site's administrator: where the settings came from, every problem the check found (the
 * same list the console shows) and every setting in use. Learners never need this page.
 */
export function SettingsReport() {
  const { problems, source } = loadedSettings();
  const invalid = problems.filter((p) => p.kind === 'invalid');
  const unknown = problems.filter((p) => p.kind === 'unknown');
  return (
    <>
      <section aria-labelledby="settings-source">
        <h2 id="settings-source">The settings file</h2>
        {source.kind === 'file' && (
          <p>
            Read from <code>{source.url}</code>
            {source.savedCopy ? ' (the copy kept for offline use: the site could not be reached)' : ''}.
          </p>
        )}
        {source.kind === 'unavailable' && (
          <p className="notice" role="alert">
            <strong>
              <code>{source.url}</code> was not read
            </strong>{' '}
            ({source.reason}), so the course uses its own settings. Put <code>course-settings.json</code> beside <code>index.html</code>.
          </p>
        )}
        {source.kind === 'built-in' && <p>No settings file was loaded: the course uses its own settings.</p>}
        {source.kind === 'file' && problems.length === 0 && <p role="status">No problems: every setting in the file is used.</p>}
      </section>
      {invalid.length > 0 && (
        <section aria-labelledby="settings-refused" className="notice error">
          <h2 id="settings-refused">
            {invalid.length} {invalid.length === 1 ? 'setting was' : 'settings were'} refused
          </h2>
          <p>The course uses its own value for each of these; everything else in the file applies.</p>
          <ul>
            {invalid.map((p) => (
              <li key={`${p.field}-${p.message}`}>{formatSettingsProblem(p)}</li>
            ))}
          </ul>
        </section>
      )}
      {unknown.length > 0 && (
        <section aria-labelledby="settings-unknown" className="notice">
          <h2 id="settings-unknown">
            {unknown.length} unknown {unknown.length === 1 ? 'field' : 'fields'}, ignored
          </h2>
          <ul>
            {unknown.map((p) => (
              <li key={p.field}>{formatSettingsProblem(p)}</li>
            ))}
          </ul>
        </section>
      )}
      <SettingsTable />
    </>
  );
}
