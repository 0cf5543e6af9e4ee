import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/index';

// Sentences written for these tests, none from the recall set: each rule is checked on names it
// was not written for, and on the words it must leave alone.
const named = (text: string) =>
  extractMentions({ text, lang: 'zh' })
    .filter((m) => ['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME'].includes(m.type))
    .map((m) => `${m.type} ${m.text} ${m.key}`);

describe('Chinese in traditional characters', () => {
  it('finds the names the simplified text has, at the same offsets, with the same keys', () => {
    const simplified = extractMentions({ text: '台积电在高雄兴建新厂。', lang: 'zh' });
    const traditional = extractMentions({ text: '台積電在高雄興建新廠。', lang: 'zh' });
    expect(traditional.map((m) => [m.span, m.key])).toEqual(simplified.map((m) => [m.span, m.key]));
    expect(traditional.map((m) => m.text)).toEqual(['台積電', '高雄']);
  });

  it('reads a person after a title written in traditional characters', () => {
    expect(named('台北市長蔣萬安表示將提出特別預算。')).toContain('PERSON 蔣萬安 person:蒋万安');
  });
});

describe("China's prefectures and counties", () => {
  it('finds a prefecture or county the gazetteer lacks, with and without its word, keyed in pinyin', () => {
    expect(named('暴雨袭击了江西赣州，多人失踪。')).toContain('PLACE 赣州 place:ganzhou');
    expect(named('四川泸定县发生地震。')).toContain('PLACE 泸定县 place:luding');
    expect(named('他从赣州市出发。')).toEqual(['PLACE 赣州市 place:ganzhou']);
  });

  it('leaves a word that a county is named after (合作 "cooperation", 比如 "for example")', () => {
    expect(named('双方同意加强合作，比如在能源领域。')).toEqual([]);
    expect(named('她在甘肃合作市工作。')).toContain('PLACE 合作市 place:hezuo');
  });
});

describe("CC-CEDICT's proper names", () => {
  it('finds people, companies, products and places that no cue announces', () => {
    expect(named('普京在喀山会见了莫迪。')).toEqual([
      'PERSON 普京 person:普京',
      'NAME 喀山 name:喀山',
      'PERSON 莫迪 person:莫迪',
    ]);
    expect(named('辉瑞公布了季度财报。')).toEqual(['ORG 辉瑞 org:辉瑞']);
    expect(named('抖音的用户继续增长。')).toEqual(['PRODUCT 抖音 product:抖音']);
    expect(named('游客在维多利亚港拍照。')).toEqual(['PLACE 维多利亚港 place:victoria harbor']);
  });

  it('reads a place before a company as part of its name, keyed as the company', () => {
    expect(named('中国恒大发布了公告。')).toEqual(['ORG 中国恒大 org:恒大']);
  });

  it('leaves a name where a common word crosses its edge or more transliteration goes on', () => {
    expect(named('公安部发布了通知。')).toEqual(['ORG 公安部 org:公安部']);
    // 部门 "department" takes the 部 of 公安部.
    expect(named('公安部门正在调查此事。')).toEqual([]);
    // 多利 (Dolly) inside 维多利亚.
    expect(named('维多利亚在伦敦出生。')).toEqual(['NAME 维多利亚 name:维多利亚', 'PLACE 伦敦 place:london']);
  });
});

describe('Chinese organisations', () => {
  it('reads five or six characters before an organisation word, cut after a function or motion character', () => {
    expect(named('国家卫生健康委员会发布了通报。')).toEqual([
      'ORG 国家卫生健康委员会 org:国家卫生健康委员会',
    ]);
    expect(named('她被安排到北京大学学习。')).toEqual(['ORG 北京大学 org:peking university']);
  });

  it('reads a court after a place, and a longer organisation the dictionaries know over a place and a word', () => {
    expect(named('首尔高等法院驳回了上诉。')).toEqual(['ORG 首尔高等法院 org:首尔高等法院']);
    expect(named('美国国家航空航天局宣布了计划。')).toEqual([
      'ORG 美国国家航空航天局 org:美国国家航空航天局',
    ]);
  });

  it('reads a person before the team named after them', () => {
    expect(named('院士王明团队取得新成果。')).toEqual(['PERSON 王明 person:王明']);
  });
});

describe('Chinese names with no title or verb beside them', () => {
  it('reads a transliterated name standing between function words or clause edges', () => {
    // Pagani: a name CC-CEDICT lacks (its 法拉利 is the company's, an ORG); it launches something
    // at a place, as a company does.
    expect(named('帕加尼在米兰发布了新车。')).toContain('ORG 帕加尼 org:帕加尼');
    expect(named('帕加尼在米兰很有名。')).toContain('NAME 帕加尼 name:帕加尼');
    expect(named('法拉利在米兰发布了新车。')).toContain('ORG 法拉利 org:法拉利');
    // Joined to the word after it (帕加尼车迷 "Pagani fans"): not read without a cue.
    expect(named('帕加尼车迷聚集在一起。')).not.toContain('NAME 帕加尼 name:帕加尼');
  });

  it('reads names joined by 和 or owning something with 的, not words that start like names', () => {
    expect(named('张伟和李娜获得冠军。')).toEqual(['PERSON 张伟 person:张伟', 'PERSON 李娜 person:李娜']);
    expect(named('高度的重视和文化的自信')).toEqual([]);
  });

  it('reads a spacecraft by its number, not a date or a numbered building', () => {
    expect(named('神舟十八号乘组返回地球，五月三号以后住进三号楼。')).toEqual([
      'PRODUCT 神舟十八号 product:神舟十八号',
    ]);
    expect(named('我们三号出发。')).toEqual([]);
  });

  it('reads an acronym in brackets after an organisation, not the acronym of a term', () => {
    expect(named('世界贸易组织（WTO）公布了国内生产总值（GDP）的预测。')).toContain('ORG WTO org:wto');
    expect(named('世界贸易组织（WTO）公布了国内生产总值（GDP）的预测。').join()).not.toContain('GDP');
  });
});

describe('foreign names written with a dot', () => {
  const people = (text: string) =>
    extractMentions({ text, lang: 'zh' })
      .filter((m) => m.type === 'PERSON')
      .map((m) => m.text);

  it('keeps a first part with a character the transliteration list lacks (保罗, 约瑟夫)', () => {
    expect(people('法国总统马克龙和建筑师保罗·费里出席了仪式。')).toContain('保罗·费里');
    expect(people('保罗·费里表示，工程将在明年完成。')).toEqual(['保罗·费里']);
  });

  it('ends the name before a weekday or a relative day', () => {
    expect(people('据新华社报道，约瑟夫·拜登周二抵达。')).toEqual(['约瑟夫·拜登']);
    expect(people('奥拉夫·朔尔茨今天说，谈判仍在继续。')).toEqual(['奥拉夫·朔尔茨']);
  });

  it('leaves out a verb before the name', () => {
    expect(people('会见了安东尼·布林肯')).toEqual(['安东尼·布林肯']);
    expect(people('他欢迎马克·吕特访问北京。')).toEqual(['马克·吕特']);
  });
});

describe('companies named by a place and a trade', () => {
  it('reads a place and its trade as a company where the place opens a clause and the company acts', () => {
    expect(named('湖北能源与华为签署了协议。')).toContain('ORG 湖北能源 org:湖北能源');
    expect(named('去年，北京燃气宣布调整价格。')).toContain('ORG 北京燃气 org:北京燃气');
    expect(named('大阪电力股价大涨。')).toContain('ORG 大阪电力 org:大阪电力');
    // A group word after the trade is the rest of its name.
    expect(named('上海汽车集团宣布了新计划。')).toContain('ORG 上海汽车集团 org:上海汽车集团');
  });

  it('leaves a place and a trade that only sit side by side', () => {
    // Nothing after the trade that a company does: the country's gold reserves.
    expect(named('中国黄金储备继续增加。')).toEqual(['PLACE 中国 place:china']);
    // The place inside a clause (预测中国…) opens no name.
    expect(named('专家预测中国能源与粮食需求增长。')).not.toContain('ORG 中国能源 org:中国能源');
    // Words joined by a function character are two: the cars of China.
    expect(named('中国的汽车出口增长。')).toEqual(['PLACE 中国 place:china']);
  });
});

describe('ministries by their form', () => {
  it('reads a field of four characters and 部 as a ministry where it acts or speaks', () => {
    expect(named('农业农村部发布了春耕指导意见。')).toEqual(['ORG 农业农村部 org:农业农村部']);
    expect(named('据悉，退役军人事务部部长出席了仪式。')).toContain('ORG 退役军人事务部 org:退役军人事务部');
    expect(named('工业和信息化部印发了新规。')).toEqual(['ORG 工业和信息化部 org:工业和信息化部']);
  });

  it('leaves a region, a headquarters, a club and a firm’s department', () => {
    expect(named('中国西南部发生地震。')).toEqual(['PLACE 中国 place:china']);
    expect(named('该公司总部表示将裁员。')).toEqual([]);
    expect(named('公司财务部发布了通知。')).toEqual([]);
    // Without a cue after it, a department is no ministry.
    expect(named('销售管理部的同事很忙。')).toEqual([]);
  });
});

describe('models after the word of their kind', () => {
  it('reads the model after 手机, 电动车 or 芯片, with its number', () => {
    expect(named('荣耀推出了新款手机Magic 7。')).toContain('PRODUCT Magic 7 product:magic 7');
    expect(named('理想汽车发布了旗舰车型理想9，售价不变。')).toContain('PRODUCT 理想9 product:理想9');
    // Han alone only after 新款 or 首款 and before what a model does.
    expect(named('吉利宣布首款电动车银河开始预售。')).toContain('PRODUCT 银河 product:银河');
    // A known product keeps its model number before Han text.
    expect(named('售价与iPhone 15相同。')).toContain('PRODUCT iPhone 15 product:iphone 15');
  });

  it('leaves a count, a kind alone and a kind counted by a measure word', () => {
    expect(named('他买了汽车3辆。')).toEqual([]);
    expect(named('新款手机销量不佳。')).toEqual([]);
    expect(named('我的手机坏了。')).toEqual([]);
    expect(named('比亚迪发布了首款电动汽车。')).toEqual(['ORG 比亚迪 org:比亚迪']);
  });
});

describe('names between a title and a cue, with a rarer family name', () => {
  it('reads three characters after a title and before a cue, when jieba’s names start with the first', () => {
    expect(named('作家殷海光在台北去世。')).toContain('PERSON 殷海光 person:殷海光');
    expect(named('医学专家屠志强介绍了新疗法。')).toContain('PERSON 屠志强 person:屠志强');
  });

  it('leaves words after a title, and a name with no cue after it', () => {
    expect(named('国家代表队的成绩很好。')).toEqual([]);
    expect(named('这位专家多样化的建议很受欢迎。')).toEqual([]);
  });
});

describe('where names end and organisations start', () => {
  it('ends a dotted name before two characters that transliterate nothing', () => {
    expect(named('贝拉克·奥巴马正式访问了日本。')).toContain('PERSON 贝拉克·奥巴马 person:贝拉克·奥巴马');
    expect(named('杰克·华纳成为公司的负责人。')).toContain('PERSON 杰克·华纳 person:杰克·华纳');
    // One such character alone may be the name's own (普京).
    expect(named('弗拉基米尔·普京。')).toContain('PERSON 弗拉基米尔·普京 person:弗拉基米尔·普京');
  });

  it('starts a short organisation after a function character, and drops one left with no head', () => {
    expect(named('业务则是由大南汽车负责。')).toContain('ORG 大南汽车 org:大南汽车');
    expect(named('他是北京大学的教授。')).toContain('ORG 北京大学 org:peking university');
    expect(named('因此对协会有一定认识。')).toEqual([]);
    expect(named('南洋大学是位于上海的一所大学。')).not.toContain('ORG 一所大学 org:一所大学');
  });
});

describe('places and companies named by a bigger place', () => {
  it('reads a place and the word of its kind as one place (印度洋, 巴黎圣母院)', () => {
    expect(named('飞船在印度洋溅落。')).toEqual(['PLACE 印度洋 place:印度洋']);
    expect(named('游客参观了伦敦大教堂。')).toContain('PLACE 伦敦大教堂 place:伦敦大教堂');
    // Not a word that only begins with such a kind (海军 is no 海峡).
    expect(named('中国海军举行了演习。')).toEqual(['PLACE 中国 place:china']);
  });

  it('reads a place and two characters before its shares or its officers as a company', () => {
    expect(named('分析师认为山西汾酒股价偏高。')).toContain('ORG 山西汾酒 org:山西汾酒');
    // Nothing after them that only a company has.
    expect(named('分析师认为山西汾酒很好喝。')).not.toContain('ORG 山西汾酒 org:山西汾酒');
  });
});

describe('transliteration characters that CC-CEDICT’s foreign names use (戈, 扎, 泽, 连…)', () => {
  it('reads a run of them before a cue as a person, or standing alone as a name', () => {
    expect(named('戈麦斯表示将继续谈判。')).toEqual(['PERSON 戈麦斯 person:戈麦斯']);
    expect(named('泽维尔在会上发言。')).toEqual(['NAME 泽维尔 name:泽维尔']);
  });

  it('leaves the same characters in common words', () => {
    expect(named('他一连三天都在加班。')).toEqual([]);
    expect(named('扎实推进改革。')).toEqual([]);
  });
});

describe('companies by what they do', () => {
  it('reads the other party of a deal with a company found, and a name that acts at a place', () => {
    expect(named('华为与赛力斯签署了合作协议。')).toContain('ORG 赛力斯 org:赛力斯');
    expect(named('古茗茶饮在泰国开设了新店。')).toContain('ORG 古茗茶饮 org:古茗茶饮');
  });

  it('leaves parties that name no company, and a person at a place', () => {
    expect(named('双方在北京签署了协议。')).toEqual(['PLACE 北京 place:beijing']);
    expect(named('华为与政府签署了协议。')).toEqual(['ORG 华为 org:huawei']);
    expect(named('他们在上海开设了门店。')).toEqual(['PLACE 上海 place:shanghai']);
    // Nothing a company does after the place.
    expect(named('古茗茶饮在泰国很受欢迎。')).not.toContain('ORG 古茗茶饮 org:古茗茶饮');
  });
});

describe('Japanese names written in Chinese', () => {
  it('reads a Japanese family name and a given name after a match or a meeting', () => {
    expect(named('孙颖莎击败了伊藤美宇。')).toContain('PERSON 伊藤美宇 person:伊藤美宇');
    expect(named('王毅会见了岸田文雄。')).toContain('PERSON 岸田文雄 person:岸田文雄');
  });

  it('leaves Chinese words after the same cues', () => {
    expect(named('他与今天下午的客人见面。')).toEqual([]);
    expect(named('王毅会见了美国国务卿。')).not.toContain('PERSON 美国国务 person:美国国务');
  });
});

describe("CC-CEDICT's short forms of countries", () => {
  it('reads a short form as the country it abbreviates, keyed by its English name', () => {
    expect(named('印尼发生了强烈地震。')).toEqual(['PLACE 印尼 place:indonesia']);
    expect(named('阿联酋宣布了新政策。')).toEqual(['PLACE 阿联酋 place:united arab emirates']);
  });

  it('leaves a short form that names nothing of a kind (二简, the second simplification)', () => {
    expect(named('二简字早已停止使用。')).toEqual([]);
  });
});

describe('A county no list has, after the place it lies in', () => {
  it('reads two to four characters and 县 right after a province, keyed as the autonomous county it shortens', () => {
    expect(named('青海门源县发生地震。')).toContain('PLACE 门源县 place:menyuan hui autonomous county');
    expect(named('四川木里县发生山火。')).toContain('PLACE 木里县 place:muli tibetan autonomous county');
  });

  it('leaves a county named by a number, a quantity or a whole', () => {
    expect(named('四川一个县发生地震。')).toEqual(['PLACE 四川 place:sichuan']);
    expect(named('甘肃全县停电。')).toEqual(['PLACE 甘肃 place:gansu']);
  });
});

describe("A city's government", () => {
  it('names the city without its 市 before 市政府 or 市委', () => {
    expect(named('国务院约谈了江苏宿迁市政府负责人。')).toContain('PLACE 宿迁 place:suqian');
  });

  it('keeps 市 where no body follows', () => {
    expect(named('他从赣州市出发。')).toEqual(['PLACE 赣州市 place:ganzhou']);
  });
});

describe('Networks of stations and world regions', () => {
  it('reads a network of stations by its word (台网, 气象台)', () => {
    expect(named('昨晚，中国地震台网测定云南发生地震。')).toContain('ORG 中国地震台网 org:中国地震台网');
  });

  it('reads a region by a direction and a continent, not inside a country', () => {
    expect(named('热浪袭击了东亚和西非。')).toEqual([
      'PLACE 东亚 place:eastern asia',
      'PLACE 西非 place:western africa',
    ]);
    expect(named('门将加西亚表示他很满意。').some((m) => m.includes(' 西亚 '))).toBe(false);
  });
});

describe('A spacecraft with a longer name, a product before its version, a town after its word', () => {
  it('reads three to six characters and a number before 号 where a mission or craft follows', () => {
    expect(named('美国宣布阿尔忒弥斯三号任务推迟。')).toContain(
      'PRODUCT 阿尔忒弥斯三号 product:阿尔忒弥斯三号',
    );
    expect(named('欧洲航天局宣布火星快车二号探测器升空。')).toContain(
      'PRODUCT 火星快车二号 product:火星快车二号',
    );
  });

  it('leaves a date before 号 and a craft word', () => {
    expect(named('在2024年五月三号发射卫星。')).toEqual([]);
  });

  it('reads the name launched before 的新版本, not a generic thing', () => {
    expect(named('腾讯推出了腾讯元宝的新版本。')).toContain('PRODUCT 腾讯元宝 product:腾讯元宝');
    expect(named('国务院发布了管理办法的新版本。')).not.toContain('PRODUCT 管理办法 product:管理办法');
    expect(named('苹果推出了该系统的新版本。')).toEqual([]);
  });

  it('reads a foreign town after 城市 or 港口, one other character allowed inside', () => {
    expect(named('乌克兰港口城市马里乌波尔遭到袭击。')).toContain('PLACE 马里乌波尔 place:马里乌波尔');
    expect(named('巴西南部城市卡诺阿斯发生洪水。')).toContain('PLACE 卡诺阿斯 place:卡诺阿斯');
    expect(named('阿联酋首都阿布扎比举行峰会。')).toContain('PLACE 阿布扎比 place:abu dhabi');
  });

  it('leaves the words that follow 城市', () => {
    expect(named('城市安全问题受到关注。')).toEqual([]);
    expect(named('城市居民的收入增加了。')).toEqual([]);
  });
});

describe('A club named by its town and a club word before 队', () => {
  it('reads a town in transliteration and the club word, without 队', () => {
    expect(named('曼彻斯特联队击败了对手。')).toContain('ORG 曼彻斯特联 org:曼彻斯特联');
    expect(named('他加盟了格拉斯哥流浪者队。')).toContain('ORG 格拉斯哥流浪者 org:格拉斯哥流浪者');
  });

  it('leaves a team of common words', () => {
    expect(named('他率领了城市联队。')).toEqual([]);
    expect(named('救援队抵达了现场。')).toEqual([]);
  });
});
