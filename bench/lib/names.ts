/**
 * Name material for fictitious residents and staff. Family names are roughly in order of
 * frequency in the Netherlands (the generator weights them by rank); "prefix|name" carries
 * a voorvoegsel such as "van der". Street names are made up from common Dutch parts.
 */

export const dutchFamilyNames: readonly string[] = [
  'de|Jong', 'Jansen', 'de|Vries', 'van den|Berg', 'van|Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de|Boer', 'Mulder', 'de|Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van|Leeuwen', 'Dekker', 'Brouwer',
  'de|Wit', 'Dijkstra', 'Smits', 'de|Graaf', 'van der|Meer', 'van der|Linden', 'Kok', 'Jacobs', 'de|Haan', 'Vermeulen',
  'van den|Heuvel', 'van der|Veen', 'van den|Broek', 'de|Bruijn', 'de|Bruin', 'van der|Heijden', 'Schouten', 'van|Beek', 'Willems', 'van|Vliet',
  'van de|Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van|Dam', 'van der|Wal', 'Prins', 'Blom', 'Huisman',
  'Peeters', 'de|Jonge', 'Kuipers', 'van|Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den|Brink', 'Scholten',
  'van|Wijk', 'Postma', 'Martens', 'Vink', 'de|Ruiter', 'Timmermans', 'Groen', 'Gerritsen', 'Jonker', 'van|Loon',
  'Boer', 'van der|Velde', 'Willemsen', 'Smeets', 'de|Lange', 'de|Vos', 'Bosch', 'van|Dongen', 'Schipper', 'de|Koning',
  'van der|Laan', 'Koning', 'van der|Velden', 'Driessen', 'van|Doorn', 'Hermans', 'Evers', 'van den|Bosch', 'van der|Meulen', 'Hofman',
  'Bosman', 'Wolters', 'Sanders', 'van der|Horst', 'Mol', 'Kuijpers', 'Molenaar', 'van de|Pol', 'de|Leeuw', 'Verbeek',
  'Claassen', 'Lammers', 'Wouters', 'van|Rijn', 'Hoogendoorn', 'Brink', 'Goossens', 'Hoek', 'van|Gils', 'Kroon',
  'Verschuren', 'de|Kok', 'Biesheuvel', 'van|Es', 'Blok', 'Rietveld', 'Pronk', 'van|Os', 'Klaassen', 'Aarts',
  'Bleeker', 'Zwart', 'Spijkerman', 'ten|Have', 'ter|Horst', 'Veldman', 'Dirksen', 'Steenbergen', 'Nijhuis', 'Kamphuis',
  'Bouwman', 'Wagenaar', 'van|Zanten', 'Haverkamp', 'Beekman', 'van|Schaik', 'Rademaker', 'Oosterhuis', 'Tromp', 'van|Hout',
  'van \'t|Hof', 'Kerkhof', 'Roos', 'Geurts', 'Brinkman', 'Boersma', 'Wijnands', 'van|Hal', 'in \'t|Veld', 'Terpstra',
  'Bouma', 'van|Wijngaarden', 'Schreurs', 'de|Wilde', 'Mertens', 'Verweij', 'Stam', 'van|Bergen', 'Heijnen', 'Laan',
  'van|Ommen', 'Slot', 'Vrolijk', 'Brandsma', 'den|Hartog', 'Hartman', 'Bruinsma', 'Wijnen', 'Kolk', 'Aalbers',
];

/**
 * Stems and endings for the long tail of Dutch family names: the 160 above cover about a
 * sixth of the population, the rest carry one of thousands of rarer names.
 */
export const familyNameStems: readonly string[] = [
  'Hoog', 'Laag', 'Groot', 'Klein', 'Zand', 'Berg', 'Veld', 'Brink', 'Dijk', 'Horst', 'Holt', 'Kamp', 'Heer', 'Bos',
  'Beek', 'Broek', 'Wester', 'Ooster', 'Noord', 'Zuid', 'Mol', 'Brug', 'Hout', 'Kerk', 'Steen', 'Wolf', 'Haan', 'Rood',
  'Wit', 'Zwart', 'Smal', 'Breed', 'Lang', 'Nieuw', 'Oud', 'Eik', 'Linde', 'Wil', 'Hage', 'Koe', 'Stroo', 'Bakel',
  'Dorre', 'Egge', 'Fokke', 'Geer', 'Harte', 'Jelle', 'Kooi', 'Lam', 'Meer', 'Nijen', 'Olde', 'Pos', 'Ree', 'Sijt',
  'Tjalle', 'Uiter', 'Vel', 'Wouter', 'Ypel', 'Zee', 'Ake', 'Bolle', 'Cramer', 'Dolle', 'Elzer', 'Flier', 'Gort', 'Hilde',
  'Aal', 'Bier', 'Blom', 'Boon', 'Bor', 'Brand', 'Bree', 'Buur', 'Daal', 'Dek', 'Diep', 'Dool', 'Duin', 'Ekel',
  'Elder', 'Feen', 'Gans', 'Gel', 'Goor', 'Graaf', 'Groen', 'Haar', 'Ham', 'Heem', 'Hek', 'Hel', 'Hen', 'Hoek',
  'Hol', 'Hooi', 'Hul', 'Kaal', 'Kas', 'Keiz', 'Klok', 'Knol', 'Kolk', 'Kroes', 'Kuil', 'Laar', 'Leeu', 'Lier',
  'Loo', 'Lut', 'Maat', 'Mees', 'Mul', 'Naar', 'Noor', 'Olth', 'Over', 'Pel', 'Plas', 'Raats', 'Riet', 'Roe',
  'Schol', 'Sloot', 'Spek', 'Stal', 'Stoel', 'Swart', 'Teer', 'Tol', 'Veen', 'Vliet', 'Vree', 'Wage', 'Wees', 'Wijn',
];
export const familyNameEndings: readonly string[] = [
  'man', 'mans', 'sma', 'stra', 'inga', 'ink', 'ing', 'huis', 'kamp', 'veld', 'berg', 'beek', 'dijk', 'horst',
  'hof', 'land', 'meijer', 'boer', 'hout', 'brink', 'sen', 'er', 'ers', 'ema', 'ens', 'werf', 'wijk', 'schot', 'link', 'huizen',
];

/**
 * Residents with roots elsewhere, by origin, so that given and family names fit together.
 * Weights are rough shares among Dutch residents with a migration background.
 */
export interface Origin { weight: number; family: readonly string[]; male: readonly string[]; female: readonly string[] }
export const origins: readonly Origin[] = [
  { weight: 5, family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç', 'Kurt', 'Erdoğan', 'Güneş', 'Polat', 'Bulut'],
    male: ['Mehmet', 'Mustafa', 'Ali', 'Hasan', 'Hüseyin', 'Emre', 'Burak', 'Kerem', 'Murat', 'Serkan', 'Yusuf', 'Ömer', 'Osman', 'Ibrahim', 'Can'],
    female: ['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Hatice', 'Emine', 'Esra', 'Büşra', 'Meryem', 'Derya', 'Selin', 'Özlem', 'Gül', 'Sevgi', 'Nur'] },
  { weight: 5, family: ['El Amrani', 'Bouzid', 'Benali', 'Ouali', 'Bakkali', 'Boukhari', 'Haddou', 'Chaoui', 'Azzouzi', 'Tahiri', 'Ziani', 'El Idrissi', 'Amrani', 'Ait Taleb', 'Bouchtaoui', 'El Khattabi', 'Mansouri', 'Belhaj', 'Achahbar', 'Rahmouni'],
    male: ['Mohamed', 'Ahmed', 'Rachid', 'Youssef', 'Bilal', 'Samir', 'Hamza', 'Ayoub', 'Rayan', 'Karim', 'Said', 'Khalid', 'Jamal', 'Omar', 'Mounir'],
    female: ['Fatima', 'Aïcha', 'Khadija', 'Samira', 'Nadia', 'Yasmina', 'Salma', 'Malika', 'Imane', 'Naima', 'Loubna', 'Hanan', 'Souad', 'Ikram', 'Nora'] },
  { weight: 4, family: ['Ramdin', 'Sewdien', 'Jagessar', 'Ramsaran', 'Mahabier', 'Pinas', 'Wijngaarde', 'Vlijter', 'Kross', 'Linger', 'Kromodimedjo', 'Soemita', 'Martina', 'Maduro', 'Statia', 'Sitaldin', 'Bisoendat', 'Fränkel', 'Rozendaal', 'Esajas'],
    male: ['Dev', 'Rohit', 'Sunil', 'Ravi', 'Quincy', 'Dwayne', 'Romano', 'Glenn', 'Ricardo', 'Anil', 'Raoul', 'Clyde', 'Sergio', 'Jurgen', 'Rishi'],
    female: ['Priya', 'Anjali', 'Shanti', 'Sharon', 'Shirley', 'Anita', 'Sabrina', 'Natasha', 'Jennifer', 'Rachna', 'Jozefien', 'Ingrid', 'Melissa', 'Chandni', 'Joyce'] },
  { weight: 3, family: ['Kowalski', 'Nowak', 'Wiśniewski', 'Lewandowski', 'Wójcik', 'Kamiński', 'Popescu', 'Ionescu', 'Petrov', 'Dimitrov', 'Horváth', 'Novák', 'Kovačević', 'Jankowski', 'Mazur'],
    male: ['Piotr', 'Tomasz', 'Andrei', 'Marek', 'Krzysztof', 'Pawel', 'Mihai', 'Ivan', 'Bogdan', 'Lukasz', 'Adrian', 'Jakub'],
    female: ['Agnieszka', 'Katarzyna', 'Oksana', 'Ewa', 'Ioana', 'Anna', 'Magdalena', 'Elena', 'Monika', 'Joanna', 'Alina', 'Marta'] },
  { weight: 2, family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Tan', 'Lim', 'Wong', 'Chen', 'Liem', 'Tjoa', 'Go', 'Hoang'],
    male: ['Minh', 'Tuan', 'Hung', 'Wei', 'Jun', 'Kevin', 'Anh', 'Long', 'Bao', 'Hao'],
    female: ['Linh', 'Mai', 'Lan', 'Mei', 'Hoa', 'Thi', 'Ling', 'Ngoc', 'Yen', 'Lisa'] },
  { weight: 2, family: ['Haile', 'Tesfay', 'Mohamud', 'Hassan', 'Abdi', 'Ghebremariam', 'Tekle', 'Yusuf', 'Warsame', 'Kidane', 'Al-Hussein', 'Haddad', 'Khalil', 'Ahmadi', 'Rahimi'],
    male: ['Dawit', 'Abdi', 'Yonas', 'Ahmed', 'Mohammed', 'Samuel', 'Tesfaye', 'Hassan', 'Mahmoud', 'Ali', 'Ali Reza', 'Omar'],
    female: ['Selam', 'Huda', 'Mariam', 'Amal', 'Noura', 'Hiwet', 'Sara', 'Fatuma', 'Rania', 'Zahra', 'Layla', 'Asli'] },
];

export type Generation = 'old' | 'middle' | 'young';

export const dutchGivenNames: Record<'male' | 'female', Record<Generation, readonly string[]>> = {
  male: {
    old: ['Johannes', 'Cornelis', 'Hendrik', 'Jan', 'Pieter', 'Willem', 'Gerrit', 'Jacobus', 'Adrianus', 'Petrus',
      'Theodorus', 'Gerardus', 'Hendrikus', 'Antonius', 'Franciscus', 'Wilhelmus', 'Dirk', 'Klaas', 'Teunis', 'Arie',
      'Hermanus', 'Albertus', 'Martinus', 'Johan', 'Henk', 'Kees', 'Piet', 'Wim', 'Gerard', 'Jacob',
      'Bernardus', 'Leendert', 'Marinus', 'Evert', 'Anton', 'Frans', 'Hans', 'Ben', 'Joop', 'Harm'],
    middle: ['Peter', 'Mark', 'Michel', 'Dennis', 'Robert', 'Richard', 'Marcel', 'Erik', 'Patrick', 'Martijn',
      'Jeroen', 'Bas', 'Sander', 'Ronald', 'Rob', 'Paul', 'Frank', 'Edwin', 'Arjan', 'Remco',
      'Wouter', 'Niels', 'Thomas', 'Joost', 'Ruud', 'René', 'Marco', 'Vincent', 'Stefan', 'Jasper',
      'Tim', 'Rick', 'Kevin', 'Bart', 'Maarten', 'Jeffrey', 'Roy', 'Mike', 'Danny', 'Raymond'],
    young: ['Daan', 'Sem', 'Noah', 'Liam', 'Lucas', 'Levi', 'Finn', 'Luuk', 'Milan', 'Jesse',
      'Bram', 'Lars', 'Thijs', 'Ruben', 'Max', 'Sven', 'Tijn', 'Mees', 'Julian', 'Gijs',
      'Stijn', 'Teun', 'Jayden', 'Thomas', 'Tim', 'Jens', 'Luca', 'Siem', 'Boaz', 'Olivier',
      'Hugo', 'Adam', 'Noud', 'Ties', 'Sam', 'Guus', 'Dex', 'Floris', 'Morris', 'Jurre'],
  },
  female: {
    old: ['Maria', 'Johanna', 'Cornelia', 'Hendrika', 'Anna', 'Wilhelmina', 'Elisabeth', 'Geertruida', 'Catharina', 'Adriana',
      'Petronella', 'Jacoba', 'Aaltje', 'Grietje', 'Gerda', 'Riet', 'Truus', 'Annie', 'Bep', 'Corrie',
      'Tineke', 'Ria', 'Joke', 'Ans', 'Wilma', 'Henny', 'Diny', 'Greet', 'Marijke', 'Hennie',
      'Margaretha', 'Theodora', 'Alida', 'Willemina', 'Trijntje', 'Nel', 'Mien', 'Lies', 'Toos', 'Jannie'],
    middle: ['Monique', 'Sandra', 'Linda', 'Patricia', 'Marieke', 'Esther', 'Petra', 'Anja', 'Ingrid', 'Angela',
      'Miranda', 'Saskia', 'Nicole', 'Wendy', 'Ellen', 'Karin', 'Manon', 'Mirjam', 'Suzanne', 'Ilse',
      'Judith', 'Femke', 'Marloes', 'Kim', 'Sanne', 'Anouk', 'Chantal', 'Astrid', 'Yvonne', 'Jolanda',
      'Bianca', 'Daniëlle', 'Annemieke', 'Inge', 'Mariska', 'Debby', 'Natasja', 'Renate', 'Carola', 'Marjolein'],
    young: ['Emma', 'Julia', 'Sophie', 'Tess', 'Zoë', 'Mila', 'Sara', 'Eva', 'Anna', 'Lotte',
      'Saar', 'Nora', 'Lieke', 'Fleur', 'Noa', 'Evi', 'Lisa', 'Isa', 'Roos', 'Fenna',
      'Yara', 'Olivia', 'Liv', 'Sanne', 'Femke', 'Maud', 'Iris', 'Noor', 'Esmee', 'Lynn',
      'Jasmijn', 'Elin', 'Nina', 'Sophia', 'Hannah', 'Lauren', 'Feline', 'Vera', 'Romy', 'Nova'],
  },
};

export const streetStems: readonly string[] = [
  'Linden', 'Eiken', 'Beuken', 'Kastanje', 'Berken', 'Essen', 'Wilgen', 'Populieren', 'Iepen', 'Esdoorn',
  'Rozen', 'Tulpen', 'Narcissen', 'Lelie', 'Anjer', 'Dahlia', 'Krokus', 'Seringen', 'Jasmijn', 'Hyacint',
  'Merel', 'Lijster', 'Spreeuw', 'Zwaluw', 'Reiger', 'Kievit', 'Meeuwen', 'Buizerd', 'Specht', 'Vinken',
  'Rembrandt', 'Vermeer', 'Frans Hals', 'Jan Steen', 'Mondriaan', 'Van Gogh', 'Breitner', 'Israëls', 'Mesdag', 'Escher',
  'Molen', 'Bakkers', 'Smeden', 'Kuipers', 'Touwslagers', 'Wevers', 'Schippers', 'Vissers', 'Brouwers', 'Ververs',
  'Haven', 'Kerk', 'Markt', 'School', 'Dorps', 'Tuin', 'Akker', 'Weide', 'Veld', 'Dijk',
  'Zonne', 'Maan', 'Sterren', 'Regenboog', 'Noorder', 'Zuider', 'Ooster', 'Wester', 'Hoge', 'Lage',
  'Erasmus', 'Spinoza', 'Huygens', 'Thorbecke', 'Multatuli', 'Vondel', 'Bredero', 'Hooft', 'Cats', 'Tollens',
  'Amstel', 'Maas', 'Rijn', 'IJssel', 'Vecht', 'Lek', 'Waal', 'Eem', 'Dommel', 'Dinkel',
  'Zeeland', 'Brabant', 'Gelre', 'Drenthe', 'Friesland', 'Holland', 'Limburg', 'Twente', 'Veluwe', 'Achterhoek',
];

export const streetSuffixes: readonly string[] = [
  'straat', 'laan', 'weg', 'hof', 'plein', 'kade', 'singel', 'pad', 'dreef', 'erf', 'plantsoen', 'gracht',
];

export const districtNames: readonly string[] = [
  'Binnenstad', 'Molenkwartier', 'De Akkers', 'Waterrijk', 'Vogelbuurt', 'Bloemenbuurt', 'Schildersbuurt', 'Hoge Weide',
  'De Linden', 'Zuiderpark', 'Noorderhaven', 'Oude Dorp', 'Kerkebuurt', 'Rivierenwijk', 'Staatsliedenbuurt', 'De Velden',
  'Park Oost', 'Westerkwartier', 'Boomgaard', 'De Horst', 'Sterrenwijk', 'Dichterswijk', 'Havenkwartier', 'Lage Landen',
];

/** Join a voorvoegsel and a family name as Dutch writes it after given names: "van der Meer". */
export function parseFamilyName(entry: string): { prefix: string | null; name: string } {
  const bar = entry.indexOf('|');
  return bar < 0 ? { prefix: null, name: entry } : { prefix: entry.slice(0, bar), name: entry.slice(bar + 1) };
}
