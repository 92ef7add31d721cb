// The test LMS: one page that plays the LMS with scorm-again and launches a course package in an
// iframe. Its settings come from `window.lmsSetup` (set by an init script in the top frame only:
// init scripts run in every frame). The course sees a thin wrapper that logs every call and can
// refuse calls ("false" with an error code) or stop answering (throw), as a failing LMS does.
// Like a real LMS, it keeps only what was committed: `lmsCommitted` is the data model as of the
// last commit that worked. `lmsFrozen` plays the LMS losing touch (the course's device died):
// nothing arriving after it counts. With `popup`, the course opens in a window of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="/vendor/scorm12.min.js"></script>
<script src="/vendor/scorm2004.min.js"></script>
</head>
<body>
<main><h1>Test LMS</h1></main>
<script>
  const setup = window.lmsSetup;
  const is12 = setup.version === '1.2';
  const api = is12 ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  if (setup.cmi) api.loadFromJSON(setup.cmi);
  window.lmsApi = api;
  window.lmsLog = [];
  window.lmsFault = Object.assign({ refuse: [], code: '101', down: false }, setup.fault);
  let faultCode = null;
  const wrapper = {};
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(api)).concat(Object.getOwnPropertyNames(api))) {
    if (typeof api[name] !== 'function' || !/^(LMS|Initialize|Terminate|GetValue|SetValue|Commit|GetLastError|GetErrorString|GetDiagnostic)/.test(name)) continue;
    wrapper[name] = (...args) => {
      window.lmsLog.push([name, ...args.map(String)]);
      if (window.lmsFault.down) throw new Error('The LMS has gone away');
      if (/GetLastError$/.test(name) && faultCode) return faultCode;
      if (window.lmsFault.refuse.includes(name)) {
        faultCode = window.lmsFault.code;
        return /GetValue$/.test(name) ? '' : 'false';
      }
      if (!/GetLastError|GetErrorString|GetDiagnostic/.test(name)) faultCode = null;
      const result = String(api[name](...args));
      if (/Commit$/.test(name) && result === 'true' && !window.lmsFrozen)
        window.lmsCommitted = JSON.parse(JSON.stringify(api.getFlattenedCMI()));
      return result;
    };
  }
  window[is12 ? 'API' : 'API_1484_11'] = wrapper;
  window.lmsCommitted = null;
  window.lmsFrozen = false;
  if (setup.popup) window.open(setup.course, 'course');
  else {
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.style.cssText = 'width:100%;height:80vh;border:0';
  frame.src = setup.course;
  document.body.append(frame);
  }
</script>
</body>
</html>
`;

/** Writes the LMS page into `dir` (served at /lms/). */
export function writeLmsPage(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
}
