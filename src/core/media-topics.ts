/**
 * Names of the IPTC Media Topics' seventeen top-level subjects (cv.iptc.org/newscodes/mediatopic), for topic pages.
 * Stories store codes, not labels; a deeper code without a name here is shown by its number.
 */
export const mediaTopicLabels: Readonly<Record<string, string>> = {
  '01000000': 'Arts, culture, entertainment and media',
  '02000000': 'Crime, law and justice',
  '03000000': 'Disaster, accident and emergency incident',
  '04000000': 'Economy, business and finance',
  '05000000': 'Education',
  '06000000': 'Environment',
  '07000000': 'Health',
  '08000000': 'Human interest',
  '09000000': 'Labour',
  '10000000': 'Lifestyle and leisure',
  '11000000': 'Politics',
  '12000000': 'Religion',
  '13000000': 'Science and technology',
  '14000000': 'Society',
  '15000000': 'Sport',
  '16000000': 'Conflict, war and peace',
  '17000000': 'Weather',
}

export const mediaTopicLabel = (code: string) => mediaTopicLabels[code] ?? `Topic ${code}`
