// imsmanifest.xml for a single-SCO package, in SCORM 1.2 or SCORM 2004 4th edition form. The
// one resource lists every file in the package. No <adlcp:masteryscore>: Moodle would overwrite
// passed/failed from the score alone, but the course passes a learner only when every included
// module is passed (docs/decisions/0006-lms-packages.md).

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A file path as a manifest href: each segment percent-encoded, then XML-escaped. */
const href = (path) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

/** An XML ID (NCName) from any text: letters, digits, '-', '_', '.'; never starting with a digit. */
export function xmlId(text) {
  const id = text.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

const NAMESPACES = {
  1.2: ['xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'],
  2004: [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  ],
};

/**
 * The manifest text. `version` is '1.2' or '2004'; `identifier` the package's permanent id;
 * `files` every path in the package except the manifest itself; `launch` the SCO's page.
 */
export function scormManifest({ version, identifier, title, courseVersion, launch, files }) {
  const is12 = version === '1.2';
  const scormType = is12 ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"';
  const schemaVersion = is12 ? '1.2' : '2004 4th Edition';
  const fileLines = [...files].sort().map((f) => `      <file href="${href(f)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(xmlId(identifier))}" version="${escapeXml(courseVersion)}"`,
    ...NAMESPACES[version].map((ns, i, all) => `  ${ns}${i === all.length - 1 ? '>' : ''}`),
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${schemaVersion}</schemaversion>`,
    '  </metadata>',
    '  <organizations default="org">',
    '    <organization identifier="org">',
    `      <title>${escapeXml(title)}</title>`,
    `      <item identifier="item" identifierref="sco"${is12 ? ' isvisible="true"' : ''}>`,
    `        <title>${escapeXml(title)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="sco" type="webcontent" ${scormType} href="${href(launch)}">`,
    ...fileLines,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
