/**
 * Natural places in their German names (84, two with a second spelling): the seas and oceans, the
 * main rivers of Germany, Austria and Switzerland and the larger rivers of the world, mountain
 * ranges and peaks, islands and landscapes that German news names. No installed data package holds
 * them (the place table, scripts/german-places.mjs, has towns and divisions only), and the noun
 * lexicon holds several as common nouns (Nordsee, Ostsee, Arktis, Alpen) or reads them as compounds
 * (Erzgebirge, Kaukasus). Left out: names that are German words too (Regen, Nahe, Sieg, Lippe,
 * Mulde, Leine, Aller, Po, Harz, Kaschmir) and English ones (Inn): a name the table holds is a place
 * wherever it stands. Keys in English, as the other languages' places are keyed.
 */
export const DE_LANDSCAPE: Record<string, string> = {
  // Seas and oceans
  Nordsee: 'place:north sea',
  Ostsee: 'place:baltic sea',
  Mittelmeer: 'place:mediterranean sea',
  Adria: 'place:adriatic sea',
  Ägäis: 'place:aegean sea',
  Atlantik: 'place:atlantic ocean',
  Pazifik: 'place:pacific ocean',
  Nordatlantik: 'place:north atlantic',
  Ärmelkanal: 'place:english channel',
  Arktis: 'place:arctic',
  Antarktis: 'place:antarctica',
  Nordpolarmeer: 'place:arctic ocean',
  Karibik: 'place:caribbean',
  // Rivers
  Rhein: 'place:rhine',
  Donau: 'place:danube',
  Elbe: 'place:elbe',
  Main: 'place:main',
  Weser: 'place:weser',
  Ems: 'place:ems',
  Mosel: 'place:moselle',
  Neckar: 'place:neckar',
  Isar: 'place:isar',
  Saale: 'place:saale',
  Spree: 'place:spree',
  Havel: 'place:havel',
  Ruhr: 'place:ruhr',
  Lahn: 'place:lahn',
  Werra: 'place:werra',
  Fulda: 'place:fulda',
  Lech: 'place:lech',
  Iller: 'place:iller',
  Altmühl: 'place:altmühl',
  Ahr: 'place:ahr',
  Saar: 'place:saar',
  Neiße: 'place:neisse',
  Aare: 'place:aare',
  Rhone: 'place:rhone',
  Rhône: 'place:rhone',
  Loire: 'place:loire',
  Themse: 'place:thames',
  Tiber: 'place:tiber',
  Weichsel: 'place:vistula',
  Wolga: 'place:volga',
  Dnipro: 'place:dnipro',
  Dnjepr: 'place:dnipro',
  Nil: 'place:nile',
  Amazonas: 'place:amazon',
  Jangtse: 'place:yangtze',
  Ganges: 'place:ganges',
  Euphrat: 'place:euphrates',
  Tigris: 'place:tigris',
  Drau: 'place:drava',
  Enns: 'place:enns',
  Salzach: 'place:salzach',
  // Lakes
  Bodensee: 'place:lake constance',
  Chiemsee: 'place:chiemsee',
  Gardasee: 'place:lake garda',
  // Mountains and peaks
  Alpen: 'place:alps',
  Pyrenäen: 'place:pyrenees',
  Karpaten: 'place:carpathians',
  Himalaya: 'place:himalayas',
  Anden: 'place:andes',
  Kaukasus: 'place:caucasus',
  Schwarzwald: 'place:black forest',
  Eifel: 'place:eifel',
  Erzgebirge: 'place:ore mountains',
  Sauerland: 'place:sauerland',
  Zugspitze: 'place:zugspitze',
  Matterhorn: 'place:matterhorn',
  Ätna: 'place:etna',
  Vesuv: 'place:vesuvius',
  // Islands and landscapes
  Sylt: 'place:sylt',
  Rügen: 'place:rügen',
  Usedom: 'place:usedom',
  Helgoland: 'place:heligoland',
  Mallorca: 'place:majorca',
  Kreta: 'place:crete',
  Sardinien: 'place:sardinia',
  Korsika: 'place:corsica',
  Balkan: 'place:balkans',
  Nahost: 'place:middle east',
  Sibirien: 'place:siberia',
  Sahara: 'place:sahara',
  Westjordanland: 'place:west bank',
  Donbass: 'place:donbas',
  Golanhöhen: 'place:golan heights',
};

/**
 * Rivers named by a German function word ("oder", "seine"): in the gazetteer too, but a stopword
 * there is read as the river only inside a sentence, after a definite article or its contraction
 * ("an der Oder", "die Seine"), where the conjunction and the possessive never stand capitalised
 * (names.ts, trimRun).
 */
export const DE_FUNCTION_WORD_RIVERS: Record<string, string> = {
  Oder: 'place:oder',
  Seine: 'place:seine',
};
