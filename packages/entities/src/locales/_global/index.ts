/**
 * Names written the same way in every language that uses Latin letters (brands, products,
 * organisations), and international given names. Language folders add their own spellings.
 */
export const GLOBAL_GAZETTEER: Record<string, string> = {
  // Organisations: technology and AI
  OpenAI: 'org:openai',
  Anthropic: 'org:anthropic',
  Google: 'org:google',
  'Google DeepMind': 'org:google deepmind',
  DeepMind: 'org:google deepmind',
  'Google Brain': 'org:google brain',
  Alphabet: 'org:alphabet',
  Microsoft: 'org:microsoft',
  Meta: 'org:meta',
  'Meta Platforms': 'org:meta',
  Apple: 'org:apple',
  Amazon: 'org:amazon',
  'Amazon Web Services': 'org:amazon web services',
  AWS: 'org:amazon web services',
  Nvidia: 'org:nvidia',
  NVIDIA: 'org:nvidia',
  Intel: 'org:intel',
  AMD: 'org:amd',
  IBM: 'org:ibm',
  Oracle: 'org:oracle',
  Salesforce: 'org:salesforce',
  Adobe: 'org:adobe',
  Samsung: 'org:samsung',
  Sony: 'org:sony',
  Huawei: 'org:huawei',
  Xiaomi: 'org:xiaomi',
  Baidu: 'org:baidu',
  Alibaba: 'org:alibaba',
  Tencent: 'org:tencent',
  ByteDance: 'org:bytedance',
  DeepSeek: 'org:deepseek',
  Tesla: 'org:tesla',
  SpaceX: 'org:spacex',
  xAI: 'org:xai',
  Neuralink: 'org:neuralink',
  GitHub: 'org:github',
  'Hugging Face': 'org:hugging face',
  'Mistral AI': 'org:mistral ai',
  Cohere: 'org:cohere',
  'Stability AI': 'org:stability ai',
  'Inflection AI': 'org:inflection ai',
  Perplexity: 'org:perplexity',
  Netflix: 'org:netflix',
  'Moonshot AI': 'org:moonshot ai',
  'Zhipu AI': 'org:zhipu ai',
  Qualcomm: 'org:qualcomm',
  TSMC: 'org:tsmc',
  ASML: 'org:asml',
  Arm: 'org:arm',
  Broadcom: 'org:broadcom',
  Cisco: 'org:cisco',
  Dell: 'org:dell',
  HP: 'org:hp',
  Lenovo: 'org:lenovo',
  Hitachi: 'org:hitachi',
  Panasonic: 'org:panasonic',
  Fujitsu: 'org:fujitsu',
  Rakuten: 'org:rakuten',
  Nintendo: 'org:nintendo',
  'SK hynix': 'org:sk hynix',
  LG: 'org:lg',
  Hyundai: 'org:hyundai',
  Naver: 'org:naver',
  Kakao: 'org:kakao',
  BMW: 'org:bmw',
  'Mercedes-Benz': 'org:mercedes-benz',
  Airbus: 'org:airbus',
  Boeing: 'org:boeing',
  Walmart: 'org:walmart',
  'Goldman Sachs': 'org:goldman sachs',
  JPMorgan: 'org:jpmorgan chase',
  'Morgan Stanley': 'org:morgan stanley',
  BlackRock: 'org:blackrock',
  Sequoia: 'org:sequoia capital',
  'Sequoia Capital': 'org:sequoia capital',
  'Andreessen Horowitz': 'org:andreessen horowitz',
  a16z: 'org:andreessen horowitz',
  Uber: 'org:uber',
  Airbnb: 'org:airbnb',
  Spotify: 'org:spotify',
  Nokia: 'org:nokia',
  Ericsson: 'org:ericsson',
  Siemens: 'org:siemens',
  SAP: 'org:sap',
  Volkswagen: 'org:volkswagen',
  Toyota: 'org:toyota',
  SoftBank: 'org:softbank',
  Reuters: 'org:reuters',
  Bloomberg: 'org:bloomberg',
  'The Verge': 'org:the verge',
  'The New York Times': 'org:the new york times',
  'Financial Times': 'org:financial times',
  'Wall Street Journal': 'org:wall street journal',
  'The Information': 'org:the information',
  Wikipedia: 'org:wikipedia',
  Mozilla: 'org:mozilla',
  'Y Combinator': 'org:y combinator',
  MIT: 'org:mit',
  Stanford: 'org:stanford university',
  'Stanford University': 'org:stanford university',
  'Harvard University': 'org:harvard university',
  'University of Warsaw': 'org:university of warsaw',
  'University of Toronto': 'org:university of toronto',
  'University of Oxford': 'org:university of oxford',
  'University of Cambridge': 'org:university of cambridge',
  'Carnegie Mellon University': 'org:carnegie mellon university',
  'European Union': 'org:european union',
  'United Nations': 'org:united nations',
  'International Mathematical Olympiad': 'org:international mathematical olympiad',
  NATO: 'org:nato',
  // Places written the same way in English, Italian, German, French and Spanish
  'San Francisco': 'place:san francisco',
  'Silicon Valley': 'place:silicon valley',
  'Los Angeles': 'place:los angeles',
  'Las Vegas': 'place:las vegas',
  Chicago: 'place:chicago',
  Houston: 'place:houston',
  Boston: 'place:boston',
  Seattle: 'place:seattle',
  Austin: 'place:austin',
  Dallas: 'place:dallas',
  Atlanta: 'place:atlanta',
  Miami: 'place:miami',
  Denver: 'place:denver',
  Toronto: 'place:toronto',
  Vancouver: 'place:vancouver',
  Sydney: 'place:sydney',
  Melbourne: 'place:melbourne',
  Dubai: 'place:dubai',
  Shanghai: 'place:shanghai',
  Shenzhen: 'place:shenzhen',
  Hangzhou: 'place:hangzhou',
  Bangalore: 'place:bangalore',
  Mumbai: 'place:mumbai',
  Jakarta: 'place:jakarta',
  Bangkok: 'place:bangkok',
  Hanoi: 'place:hanoi',
  Taipei: 'place:taipei',
  'Tel Aviv': 'place:tel aviv',
  'Hong Kong': 'place:hong kong',
  // Products and models
  ChatGPT: 'product:chatgpt',
  Claude: 'product:claude',
  Gemini: 'product:gemini',
  Bard: 'product:bard',
  Llama: 'product:llama',
  Copilot: 'product:copilot',
  'GitHub Copilot': 'product:github copilot',
  'Microsoft Copilot': 'product:microsoft copilot',
  Codex: 'product:codex',
  'OpenAI Codex': 'product:codex',
  'DALL-E': 'product:dall-e',
  Sora: 'product:sora',
  Grok: 'product:grok',
  AlphaGo: 'product:alphago',
  AlphaFold: 'product:alphafold',
  Azure: 'product:azure',
  Windows: 'product:windows',
  iPhone: 'product:iphone',
  Android: 'product:android',
  Linux: 'product:linux',
  'Debian Linux': 'product:debian',
  Debian: 'product:debian',
  Ubuntu: 'product:ubuntu',
  TensorFlow: 'product:tensorflow',
  PyTorch: 'product:pytorch',
  Kubernetes: 'product:kubernetes',
};

/** Given names common across the languages we read (general knowledge, not a list of seed names). */
export const GIVEN_NAMES: readonly string[] = (
  'Aaron Adam Adrian Ahmed Alan Albert Alberto Alec Alejandro Alessandro Alex Alexander Alexandra Alexandre ' +
  'Alexei Alfred Alice Alicia Alison Amanda Amber Amy Ana Andrea Andreas Andrei Andrew Andy Angela Ann Anna ' +
  'Anne Anthony Antoine Anton Antonio Arthur Ashlee Ashley Barack Barbara Ben Benjamin Bernard Bill Bob ' +
  'Boris Brad Brandon Brian Bruce Bruno Carl Carla Carlo Carlos Carmen Caroline Catherine Charles Charlie ' +
  'Chris Christian Christina Christine Christoph Christopher Claire Claudia Colin Craig Dan Daniel Daniela ' +
  'Danielle Dario David Dennis Diana Diego Dmitry Donald Douglas Dylan Ed Eddie Edward Elena Elizabeth Elon ' +
  'Emily Emma Emmanuel Enrico Eric Erik Eva Evan Fabio Fei Felix Fernando Francesca Francesco Francis ' +
  'François Frank Franz Fred Friedrich Gabriel Gary George Georg Gerhard Giorgia Giovanni Giulia Giuseppe Grace ' +
  'Greg Gregory Guido Hannah Hans Harry Heinrich Helen Helmut Henry Hugo Ian Igor Ilya Isaac Ivan Jack Jacob ' +
  'Jake James Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jen Jennifer Jensen Jeremy Jerry Jessica Jim Joe ' +
  'Johannes John Jon Jonathan Jordan Jorge José Joseph Josh Joshua Juan Julia Julian Julie Jürgen Karen Karl ' +
  'Kate Katherine Kathleen Kevin Kim Klaus Kyle Larry Laura Lauren Lee Leo Leon Liam Linda Lisa Logan Lorenzo ' +
  'Louis Luca Lucas Luigi Luis Lukas Marc Marco Marcus Margaret Maria Mario Mark Markus Martin Mary Mateo ' +
  'Matt Matteo Matthew Max Maxim Melanie Michael Michel Michelle Miguel Mike Mikhail Mira Mohammed Monica ' +
  'Mustafa Nadia Nancy Natalie Nathan Nicholas Nick Nicola Nicolas Nikolai Noah Noam Oliver Olivia Omar Oscar ' +
  'Pablo Paola Paolo Pat Patrick Paul Pedro Peter Philip Philipp Pierre Pietro Rachel Rafael Ralph Ray ' +
  'Rebecca Reid Richard Rick Rob Robert Roberto Roger Ronald Rosa Ryan Sam Samuel Sandra Sara Sarah Satya ' +
  'Scott Sean Sebastian Serena Sergei Sergey Simon Simone Sofia Sophia Sophie Stefan Stefano Stephanie ' +
  'Stephen Steve Steven Sundar Susan Sven Thomas Tim Timothy Tom Tony Ursula Valentina Victor Vincent Vladimir ' +
  'Walter Wei Werner William Wolfgang Xavier Yann Yoshua Yuri Zoe'
).split(' ');

/** Frequent Chinese surnames in pinyin: a romanised Chinese name is "Given Surname" or "Surname Given". */
export const PINYIN_SURNAMES: readonly string[] = (
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song ' +
  'Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia Ding Wei Xue Ye Yan Lu Du Dai Fan ' +
  'Fu Zhong Wan Qin Shi Tao Kong Mao Qiu Gu Hou Shao Meng Long Duan Lei Qian Tan Yin Jin Hao Kang Bai Xiong Xi'
).split(' ');

/**
 * Abbreviations that name a thing or an idea, not an organisation or a place, in the languages of
 * the project (AI, KI, IA, ИИ; GDP, BIP, PIB, ВВП; CEO): an acronym in a name's place that is one
 * of these is left alone.
 */
export const TERM_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'AI KI IA ИИ AGI API LLM GPT RLHF GPU CPU TPU NPU OS PC TV IT ICT VR AR XR EV SUV GPS USB SMS PDF QR ' +
    'NFT ETF IPO ESG KPI CEO CFO CTO COO CIO VP SVP EVP HR PR GDP BIP PIB BNP BBP ВВП IVA TVA MWST VAT ' +
    'CO DNA ADN DNS HIV AIDS COVID UTC GMT MEZ CET PS SA AG GMBH SE NV BV SPA SRL LTD INC OK ' +
    'СМИ ДТП ЧП НДС ЖКХ ООО ПАО АО ОАО ЗАО ИП'
  ).split(' '),
);

/**
 * Articles and the prepositions of belonging and place in the Latin-script languages (en de fr es
 * it pt nl): after one, an acronym stands where a name does ("der EU", "von BASF", "la OTAN").
 */
export const NAME_SLOT_WORDS: ReadonlySet<string> = new Set(
  (
    'the of in at ' +
    'der die das dem den des von vom bei im beim zur zum in ' +
    'le la les l du de des au aux ' +
    'el los las del al en ' +
    'il lo gli della dello delle dei degli nel nella ' +
    'a o as os da do das dos na no pela pelo ' +
    'het van een'
  ).split(' '),
);
