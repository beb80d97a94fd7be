import type { DemoFamily } from './preset-types.ts';

/**
 * Made-up households the presets share: every name is invented, and the BSNs the loader gives
 * them are test numbers (999…). A preset places each family in one of its teams' areas.
 */
export const families = {
  dekker: { family: 'Dekker', members: [['resident', 'Marloes', '1984-02-11'], ['child', 'Finn', '2011-09-30'], ['child', 'Isa', '2015-04-02']] },
  yildiz: { family: 'Yıldız', members: [['resident', 'Hakan', '1977-06-19'], ['partner', 'Zehra', '1980-10-03'], ['child', 'Deniz', '2009-01-15']] },
  brink: { family: 'van den Brink', members: [['resident', 'Wim', '1958-12-07']] },
  haddou: { family: 'Haddou', members: [['resident', 'Nadia', '1992-03-27'], ['child', 'Amir', '2018-07-08']] },
  kuipers: { family: 'Kuipers', members: [['resident', 'Gert', '1969-05-21'], ['partner', 'Anja', '1971-08-14']] },
  santos: { family: 'dos Santos', members: [['resident', 'Rui', '1988-11-02']] },
  visser: { family: 'Visscher', members: [['resident', 'Joke', '1949-04-16']] },
  bakker: { family: 'de Bakker', members: [['resident', 'Romy', '1996-01-23'], ['child', 'Luuk', '2021-05-30']] },
  osei: { family: 'Osei', members: [['resident', 'Kwame', '1982-09-09'], ['partner', 'Abena', '1985-02-28'], ['child', 'Esi', '2012-12-12'], ['child', 'Kofi', '2016-06-06']] },
  hoekstra: { family: 'Hoekstra', members: [['resident', 'Sietse', '1974-07-25']] },
  pauw: { family: 'de Pauw', members: [['resident', 'Ilse', '1990-10-10'], ['partner', 'Mark', '1989-03-03']] },
  nowak: { family: 'Nowak', members: [['resident', 'Piotr', '1986-08-18'], ['partner', 'Agnieszka', '1987-12-01'], ['child', 'Zofia', '2014-02-20']] },
  meijer: { family: 'Meijer', members: [['resident', 'Ans', '1963-01-31']] },
  rachidi: { family: 'el Rachidi', members: [['resident', 'Samira', '1979-04-04'], ['child', 'Yassin', '2006-11-19'], ['child', 'Ilias', '2010-03-13']] },
  vos: { family: 'de Vos', members: [['resident', 'Thijs', '2001-06-27']] },
  smits: { family: 'Smits', members: [['resident', 'Ellen', '1981-05-05'], ['partner', 'Patrick', '1979-09-29'], ['child', 'Noor', '2013-08-08']] },
} satisfies Record<string, DemoFamily>;
