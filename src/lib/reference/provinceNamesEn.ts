/**
 * English names of Indonesia's 38 provinces by their Kemendagri code (the codes of idn-area-data and of
 * Kepmendagri 300.2.2-2138/2025: 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah,
 * 95 Papua Pegunungan, 96 Papua Barat Daya). The names are those English-language sources use, as listed
 * in the English Wikipedia article "Provinces of Indonesia"
 * (https://en.wikipedia.org/wiki/Provinces_of_Indonesia); a name that English keeps as it is in
 * Indonesian (Aceh, Riau, Bali, Papua…) is the same in both. Readers of the English site search for
 * "West Java", not "Jawa Barat"; the Indonesian name stays on the Indonesian site.
 */
export const provinceNamesEn: Readonly<Record<string, string>> = {
  "11": "Aceh",
  "12": "North Sumatra",
  "13": "West Sumatra",
  "14": "Riau",
  "15": "Jambi",
  "16": "South Sumatra",
  "17": "Bengkulu",
  "18": "Lampung",
  "19": "Bangka Belitung Islands",
  "21": "Riau Islands",
  "31": "Jakarta",
  "32": "West Java",
  "33": "Central Java",
  "34": "Special Region of Yogyakarta",
  "35": "East Java",
  "36": "Banten",
  "51": "Bali",
  "52": "West Nusa Tenggara",
  "53": "East Nusa Tenggara",
  "61": "West Kalimantan",
  "62": "Central Kalimantan",
  "63": "South Kalimantan",
  "64": "East Kalimantan",
  "65": "North Kalimantan",
  "71": "North Sulawesi",
  "72": "Central Sulawesi",
  "73": "South Sulawesi",
  "74": "Southeast Sulawesi",
  "75": "Gorontalo",
  "76": "West Sulawesi",
  "81": "Maluku",
  "82": "North Maluku",
  "91": "Papua",
  "92": "West Papua",
  "93": "South Papua",
  "94": "Central Papua",
  "95": "Highland Papua",
  "96": "Southwest Papua",
};
