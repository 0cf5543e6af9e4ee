/**
 * Frequent Chinese characters, for two jobs: telling plausible text from mis-decoded bytes, and
 * telling Simplified from Traditional writing.
 */

/** Among the most frequent characters in Chinese text, written the same in both standards. */
export const COMMON_SHARED =
  '的一是不了人我在有他中大上到也地出道你子和要就以可之而于生自年着那里后小么心多天去得能好都然没日于起还事成只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其情最新先全同正向定力外关高问相理物机平期第部度家气种使内由己区位间真法加应常书信表入世知产教合西东原总通北少光便报电外及社风口结式重义性提特利南路且任必件系流今联接认万百千代较条各该被何变根更政求直目科业并条战听基解场';

/** Simplified forms, each with its Traditional counterpart at the same index of `TRADITIONAL_ONLY`. */
export const SIMPLIFIED_ONLY =
  '这们为说国会来时个对发学后开现经动进关实长业门问电么产体过样还头点万与无东车书华报员应当将从两网机术级统据认让议处变总导难场际环费资离职务韩记结话见师区价历传钱终热标运视边选类觉写专证队请图带欢阅';
export const TRADITIONAL_ONLY =
  '這們為說國會來時個對發學後開現經動進關實長業門問電麼產體過樣還頭點萬與無東車書華報員應當將從兩網機術級統據認讓議處變總導難場際環費資離職務韓記結話見師區價歷傳錢終熱標運視邊選類覺寫專證隊請圖帶歡閱';
