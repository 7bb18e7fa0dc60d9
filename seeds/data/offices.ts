import type { SeedOffice } from './types.js';

/**
 * NAV offices with their enhetsnummer. An office keeps the four-digit number of its (pre-2020)
 * home municipality; its county (regionCode) follows from where that municipality lies today.
 * Municipalities are those the office serves after the 2020 and 2024 reforms; for the city
 * district offices in Oslo, Bergen, Stavanger and Trondheim the district (bydel) is given.
 */
export const offices: SeedOffice[] = [
  // Østfold (31)
  { enhetsnummer: '0101', name: 'Nav Halden-Aremark', regionCode: '31', municipalities: ['Halden', 'Aremark'] },
  { enhetsnummer: '0104', name: 'Nav Moss', regionCode: '31', municipalities: ['Moss'] },
  { enhetsnummer: '0105', name: 'Nav Sarpsborg', regionCode: '31', municipalities: ['Sarpsborg'] },
  { enhetsnummer: '0106', name: 'Nav Fredrikstad', regionCode: '31', municipalities: ['Fredrikstad'] },
  { enhetsnummer: '0124', name: 'Nav Indre Østfold', regionCode: '31', municipalities: ['Indre Østfold'] },

  // Akershus (32)
  { enhetsnummer: '0211', name: 'Nav Vestby', regionCode: '32', municipalities: ['Vestby'] },
  { enhetsnummer: '0213', name: 'Nav Nordre Follo', regionCode: '32', municipalities: ['Nordre Follo'] },
  { enhetsnummer: '0214', name: 'Nav Ås', regionCode: '32', municipalities: ['Ås'] },
  { enhetsnummer: '0219', name: 'Nav Bærum', regionCode: '32', municipalities: ['Bærum'] },
  { enhetsnummer: '0220', name: 'Nav Asker', regionCode: '32', municipalities: ['Asker'] },
  { enhetsnummer: '0230', name: 'Nav Lørenskog', regionCode: '32', municipalities: ['Lørenskog'] },
  { enhetsnummer: '0231', name: 'Nav Lillestrøm', regionCode: '32', municipalities: ['Lillestrøm'] },
  { enhetsnummer: '0235', name: 'Nav Ullensaker', regionCode: '32', municipalities: ['Ullensaker'] },
  { enhetsnummer: '0237', name: 'Nav Eidsvoll', regionCode: '32', municipalities: ['Eidsvoll'] },

  // Oslo (03): one office per city district (bydel)
  { enhetsnummer: '0312', name: 'Nav Frogner', regionCode: '03', municipalities: ['Oslo (bydel Frogner)'] },
  { enhetsnummer: '0314', name: 'Nav Sagene', regionCode: '03', municipalities: ['Oslo (bydel Sagene)'] },
  { enhetsnummer: '0315', name: 'Nav Grünerløkka', regionCode: '03', municipalities: ['Oslo (bydel Grünerløkka)'] },
  { enhetsnummer: '0316', name: 'Nav Gamle Oslo', regionCode: '03', municipalities: ['Oslo (bydel Gamle Oslo)'] },
  {
    enhetsnummer: '0319',
    name: 'Nav Søndre Nordstrand',
    regionCode: '03',
    municipalities: ['Oslo (bydel Søndre Nordstrand)'],
  },
  { enhetsnummer: '0326', name: 'Nav Alna', regionCode: '03', municipalities: ['Oslo (bydel Alna)'] },
  { enhetsnummer: '0327', name: 'Nav Stovner', regionCode: '03', municipalities: ['Oslo (bydel Stovner)'] },
  { enhetsnummer: '0331', name: 'Nav Nordre Aker', regionCode: '03', municipalities: ['Oslo (bydel Nordre Aker)'] },

  // Innlandet (34)
  { enhetsnummer: '0402', name: 'Nav Kongsvinger', regionCode: '34', municipalities: ['Kongsvinger'] },
  { enhetsnummer: '0403', name: 'Nav Hamar', regionCode: '34', municipalities: ['Hamar'] },
  { enhetsnummer: '0412', name: 'Nav Ringsaker', regionCode: '34', municipalities: ['Ringsaker'] },
  { enhetsnummer: '0427', name: 'Nav Elverum', regionCode: '34', municipalities: ['Elverum'] },
  { enhetsnummer: '0501', name: 'Nav Lillehammer-Gausdal', regionCode: '34', municipalities: ['Lillehammer', 'Gausdal'] },
  { enhetsnummer: '0502', name: 'Nav Gjøvik', regionCode: '34', municipalities: ['Gjøvik'] },
  {
    enhetsnummer: '0542',
    name: 'Nav Valdres',
    regionCode: '34',
    municipalities: ['Nord-Aurdal', 'Sør-Aurdal', 'Etnedal', 'Vestre Slidre', 'Øystre Slidre', 'Vang'],
  },

  // Buskerud (33)
  { enhetsnummer: '0602', name: 'Nav Drammen', regionCode: '33', municipalities: ['Drammen'] },
  { enhetsnummer: '0604', name: 'Nav Kongsberg', regionCode: '33', municipalities: ['Kongsberg'] },
  { enhetsnummer: '0605', name: 'Nav Ringerike', regionCode: '33', municipalities: ['Ringerike'] },
  {
    enhetsnummer: '0617',
    name: 'Nav Hallingdal',
    regionCode: '33',
    municipalities: ['Flå', 'Nes', 'Gol', 'Hemsedal', 'Ål', 'Hol'],
  },
  { enhetsnummer: '0624', name: 'Nav Øvre Eiker', regionCode: '33', municipalities: ['Øvre Eiker'] },
  { enhetsnummer: '0626', name: 'Nav Lier', regionCode: '33', municipalities: ['Lier'] },

  // Vestfold (39)
  { enhetsnummer: '0701', name: 'Nav Horten', regionCode: '39', municipalities: ['Horten'] },
  { enhetsnummer: '0704', name: 'Nav Tønsberg', regionCode: '39', municipalities: ['Tønsberg'] },
  { enhetsnummer: '0710', name: 'Nav Sandefjord', regionCode: '39', municipalities: ['Sandefjord'] },
  { enhetsnummer: '5303', name: 'Nav Larvik', regionCode: '39', municipalities: ['Larvik'] },

  // Telemark (40)
  { enhetsnummer: '0805', name: 'Nav Porsgrunn', regionCode: '40', municipalities: ['Porsgrunn'] },
  { enhetsnummer: '0806', name: 'Nav Skien', regionCode: '40', municipalities: ['Skien'] },
  { enhetsnummer: '0807', name: 'Nav Notodden', regionCode: '40', municipalities: ['Notodden'] },
  { enhetsnummer: '0814', name: 'Nav Bamble', regionCode: '40', municipalities: ['Bamble'] },

  // Agder (42)
  { enhetsnummer: '0904', name: 'Nav Grimstad', regionCode: '42', municipalities: ['Grimstad'] },
  { enhetsnummer: '1001', name: 'Nav Kristiansand', regionCode: '42', municipalities: ['Kristiansand'] },
  { enhetsnummer: '1002', name: 'Nav Lindesnes', regionCode: '42', municipalities: ['Lindesnes'] },
  { enhetsnummer: '1004', name: 'Nav Flekkefjord', regionCode: '42', municipalities: ['Flekkefjord'] },

  // Rogaland (11)
  { enhetsnummer: '1102', name: 'Nav Sandnes', regionCode: '11', municipalities: ['Sandnes'] },
  { enhetsnummer: '1106', name: 'Nav Haugesund-Utsira', regionCode: '11', municipalities: ['Haugesund', 'Utsira'] },
  { enhetsnummer: '1124', name: 'Nav Sola', regionCode: '11', municipalities: ['Sola'] },
  { enhetsnummer: '1149', name: 'Nav Karmøy-Bokn', regionCode: '11', municipalities: ['Karmøy', 'Bokn'] },
  {
    enhetsnummer: '1161',
    name: 'Nav Eiganes og Tasta',
    regionCode: '11',
    municipalities: ['Stavanger (bydel Eiganes og Våland)', 'Stavanger (bydel Tasta)'],
  },
  { enhetsnummer: '1165', name: 'Nav Madla', regionCode: '11', municipalities: ['Stavanger (bydel Madla)'] },

  // Vestland (46)
  {
    enhetsnummer: '1202',
    name: 'Nav Bergen sør',
    regionCode: '46',
    municipalities: ['Bergen (bydel Fana)', 'Bergen (bydel Ytrebygda)'],
  },
  {
    enhetsnummer: '1203',
    name: 'Nav Bergen nord',
    regionCode: '46',
    municipalities: ['Bergen (bydel Åsane)', 'Bergen (bydel Arna)'],
  },
  { enhetsnummer: '1209', name: 'Nav Bergenhus', regionCode: '46', municipalities: ['Bergen (bydel Bergenhus)'] },
  { enhetsnummer: '1221', name: 'Nav Stord', regionCode: '46', municipalities: ['Stord'] },
  { enhetsnummer: '1235', name: 'Nav Voss', regionCode: '46', municipalities: ['Voss'] },
  { enhetsnummer: '1247', name: 'Nav Askøy', regionCode: '46', municipalities: ['Askøy'] },
  { enhetsnummer: '1401', name: 'Nav Kinn', regionCode: '46', municipalities: ['Kinn'] },
  { enhetsnummer: '1420', name: 'Nav Sogndal', regionCode: '46', municipalities: ['Sogndal'] },

  // Møre og Romsdal (15)
  { enhetsnummer: '1502', name: 'Nav Molde', regionCode: '15', municipalities: ['Molde'] },
  { enhetsnummer: '1504', name: 'Nav Ålesund', regionCode: '15', municipalities: ['Ålesund'] },
  { enhetsnummer: '1505', name: 'Nav Kristiansund', regionCode: '15', municipalities: ['Kristiansund'] },
  { enhetsnummer: '1520', name: 'Nav Ørsta Volda', regionCode: '15', municipalities: ['Ørsta', 'Volda'] },

  // Trøndelag (50)
  { enhetsnummer: '1607', name: 'Nav Heimdal', regionCode: '50', municipalities: ['Trondheim (bydel Heimdal)'] },
  { enhetsnummer: '5701', name: 'Nav Falkenborg', regionCode: '50', municipalities: ['Trondheim (bydel Østbyen)'] },
  { enhetsnummer: '5702', name: 'Nav Lerkendal', regionCode: '50', municipalities: ['Trondheim (bydel Lerkendal)'] },
  { enhetsnummer: '1638', name: 'Nav Orkland', regionCode: '50', municipalities: ['Orkland'] },
  { enhetsnummer: '1719', name: 'Nav Levanger', regionCode: '50', municipalities: ['Levanger'] },
  { enhetsnummer: '1721', name: 'Nav Verdal', regionCode: '50', municipalities: ['Verdal'] },
  {
    enhetsnummer: '1702',
    name: 'Nav Inn-Trøndelag',
    regionCode: '50',
    municipalities: ['Steinkjer', 'Inderøy', 'Snåsa'],
  },

  // Nordland (18)
  { enhetsnummer: '1804', name: 'Nav Bodø', regionCode: '18', municipalities: ['Bodø'] },
  { enhetsnummer: '1805', name: 'Nav Narvik', regionCode: '18', municipalities: ['Narvik'] },
  { enhetsnummer: '1824', name: 'Nav Vefsna', regionCode: '18', municipalities: ['Vefsn', 'Grane', 'Hattfjelldal'] },
  { enhetsnummer: '1833', name: 'Nav Rana', regionCode: '18', municipalities: ['Rana'] },
  {
    enhetsnummer: '1860',
    name: 'Nav Lofoten',
    regionCode: '18',
    municipalities: ['Vestvågøy', 'Vågan', 'Flakstad', 'Moskenes'],
  },
  { enhetsnummer: '1870', name: 'Nav Sortland', regionCode: '18', municipalities: ['Sortland'] },

  // Troms (55)
  { enhetsnummer: '1902', name: 'Nav Tromsø', regionCode: '55', municipalities: ['Tromsø'] },
  { enhetsnummer: '1903', name: 'Nav Sør-Troms', regionCode: '55', municipalities: ['Harstad', 'Kvæfjord', 'Ibestad'] },
  { enhetsnummer: '1924', name: 'Nav Målselv-Bardu', regionCode: '55', municipalities: ['Målselv', 'Bardu'] },
  { enhetsnummer: '1931', name: 'Nav Senja-Sørreisa', regionCode: '55', municipalities: ['Senja', 'Sørreisa'] },

  // Finnmark (56)
  { enhetsnummer: '2003', name: 'Nav Vadsø', regionCode: '56', municipalities: ['Vadsø'] },
  { enhetsnummer: '2004', name: 'Nav Hammerfest-Måsøy', regionCode: '56', municipalities: ['Hammerfest', 'Måsøy'] },
  {
    enhetsnummer: '2012',
    name: 'Nav Alta-Kvænangen-Loppa',
    regionCode: '56',
    // Kvænangen lies in Troms county, but is served from the Alta office.
    municipalities: ['Alta', 'Kvænangen', 'Loppa'],
  },
  { enhetsnummer: '2021', name: 'Nav Karasjohka/Karasjok', regionCode: '56', municipalities: ['Karasjok'] },
  { enhetsnummer: '2030', name: 'Nav Sør-Varanger', regionCode: '56', municipalities: ['Sør-Varanger'] },
];
