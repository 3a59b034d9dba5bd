/**
 * An original ninjs 3.x story for end-to-end tests (invented text; not a real article). Times are UTC; in Dhaka
 * (UTC+6) it was first created at 09:35 and this version at 09:36:55 on 16 May 2024.
 */
export function sampleNinjs(overrides: Record<string, unknown> = {}) {
  return {
    uri: 'urn:dateline-test:wire:harbour-lights-2024',
    type: 'text',
    version: '1',
    firstCreated: '2024-05-16T03:35:00Z',
    versionCreated: '2024-05-16T03:36:55Z',
    pubStatus: 'usable',
    language: 'en',
    headlines: [{ role: 'main', value: 'Harbour city switches on its tidal lights' }],
    descriptions: [
      {
        role: 'summary',
        value: 'A coastal city begins lighting its promenade with power drawn from the tide.',
      },
    ],
    by: 'Mira Solberg',
    located: 'Port Avel',
    infoSources: [{ name: 'CNN', role: 'source' }],
    copyrightHolder: 'CNN',
    subjects: [
      { name: 'environment', uri: 'http://cv.iptc.org/newscodes/mediatopic/06000000' },
      { name: 'energy', uri: 'http://example.com/agency/subjects/energy' },
    ],
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        value:
          '<p>Port Avel lit its seafront on Thursday with electricity from a small tidal turbine — the first of its kind on this coast.</p>' +
          '<p>“We wanted the harbour to power its own lights,” said the city’s engineer, Tomas Reyes.</p>' +
          '<h2>How the turbine works</h2>' +
          '<p>The turbine sits in the harbour mouth and turns with both the <b>rising</b> and the <i>falling</i> tide.</p>' +
          '<script>alert("wire script")</script><p onclick="steal()">Residents can follow the output <a href="javascript:alert(1)">online</a>.</p>',
      },
    ],
    associations: [
      {
        name: 'picture1',
        uri: 'urn:dateline-test:wire:harbour-lights-2024:photo',
        type: 'picture',
        headlines: [{ value: 'Harbour at dusk' }],
        descriptions: [{ role: 'caption', value: 'Lights along the promenade in Port Avel at dusk.' }],
        by: 'photo collected',
        renditions: [
          { name: 'original', href: 'harbour.jpg', contentType: 'image/jpeg', width: 1800, height: 1200 },
        ],
      },
    ],
    ...overrides,
  }
}
