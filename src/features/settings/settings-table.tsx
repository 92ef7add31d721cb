import { useEffect, useState } from 'react';
import { loadedSettings } from '../../config/course-settings';
import { course, everyQuiz } from '../../course/course-data';
import { crisisText } from '../../domain/settings/crisis-text';
import { describeAccent } from '../../domain/settings/read-accent';
import type { SettingName } from '../../domain/settings/settings-types';

/** Every setting in use, in words, and whether it came from the host's file. */
export function SettingsTable() {
  const { settings: s, fromFile } = loadedSettings();
  const titleOf = (id: string) => everyQuiz.find((q) => q.id === id)?.title ?? id;
  const rows: [SettingName, string][] = [
    ['courseName', s.courseName],
    ['organizationName', s.organizationName ?? 'none'],
    ['crisisLines', `Need help now? ${crisisText(s)}`],
    ['emergencyNumber', s.emergencyNumber],
    ['escalationRoute', s.escalationRoute ?? 'none: safety feedback shows no organization line'],
    ['reportingNotes', s.reportingNotes ?? 'none'],
    ['passMark', `${s.passMark}%`],
    ['modules', `${course.modules.length}: ${s.modules.map(titleOf).join(', ')}`],
    ['courseReview', s.courseReview ? 'offered' : 'not offered'],
    ['accentColor', describeAccent(s.accentColor).join('; ') || 'the course’s own colours'],
    ['logo', s.logo ?? 'none'],
    ['instructorContact', s.instructorContact ?? 'none'],
  ];
  return (
    <section aria-labelledby="settings-in-use">
      <h2 id="settings-in-use">Settings in use</h2>
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">In use</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                {value}
                {name === 'logo' && s.logo && <LogoCheck path={s.logo} />}
              </td>
              <td>{fromFile.includes(name) ? 'your file' : 'the course'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Says whether the logo can be loaded, so a missing upload is found here, not by learners. */
function LogoCheck({ path }: { path: string }) {
  const [result, setResult] = useState('checking…');
  useEffect(() => {
    let isCurrent = true;
    fetch(new URL(path, document.baseURI), { method: 'HEAD', cache: 'no-cache' })
      .then((r) => (r.ok ? 'found' : `not found: the server answered ${r.status}`))
      .catch(() => 'could not be checked (offline?)')
      .then((text) => isCurrent && setResult(text));
    return () => {
      isCurrent = false;
    };
  }, [path]);
  return <> ({result})</>;
}
