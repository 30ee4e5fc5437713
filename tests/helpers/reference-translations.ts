/**
 * English and Persian translations of the reference article (database/seeds/reference-article.json), segment
 * by segment in the source's order: what a translator would hand in, for the checks of translations.
 */
export interface ReferenceTranslation {
  title: string;
  standfirst: string;
  /** One text per source block, headings included. */
  body: string[];
  quotes: string[];
  keyFigureLabels: string[];
  sources: string[];
}

export const REFERENCE_TRANSLATIONS: Record<'en' | 'fa', ReferenceTranslation> = {
  en: {
    title: 'Russia and the Taliban: interests meet against ISIS amid signs of a cautious rapprochement',
    standfirst:
      'In a step that marks a strategic shift in Russian policy towards Afghanistan, Moscow has lifted the ban it placed on the Taliban more than two decades ago, a clear sign of a growing rapprochement driven by a common goal: fighting ISIS, the most dangerous enemy of both.',
    body: [
      'In a step that marks a strategic shift in Russian policy towards Afghanistan, Moscow has lifted the ban it placed on the Taliban more than two decades ago, a clear sign of a growing rapprochement driven by a common goal: fighting ISIS, the most dangerous enemy of both.',
      'The shift comes about a year after President Vladimir Putin called the Taliban an “ally” in the war on terror, remarks that seemed controversial then but today look like part of a practical Russian policy reflecting national security priorities and the demands of geopolitics.',
      'A strategic shift against a common threat',
      'Moscow’s decision, which analysts did not find surprising, is about security alone. ISIS-Khorasan, the most dangerous branch of ISIS in the region, has become a direct threat to Russia, especially after it claimed the deadly attack on Crocus City Hall in Moscow in March 2024, which killed more than 137 people, the worst attack the country has seen in two decades.',
      'John Herbst, of the Atlantic Council’s Eurasia Center, considered the Russian step “aimed specifically at ISIS”, while the Afghan political analyst Faizullah Jalal believes that the implicit recognition of the Taliban may open the door to formal recognition, as the movement seeks international legitimacy despite its poor human rights record.',
      'Political legitimacy and diplomatic exchange',
      'Although no country has yet formally recognised the Taliban government, the foreign ministry in Kabul recently announced that Russia had agreed to raise diplomatic representation to ambassador level, a sign of a deeper political relationship taking shape.',
      'This “cautious rapprochement”, as Bloomberg calls it, reflects a mutual interest. Russia, still wary of terrorist threats from Central Asia, sees the Taliban as a possible barrier against the spread of ISIS in the region. The Taliban, for their part, seek to use the relationship to ease their international isolation and attract investment to relieve their worsening economic crisis.',
      'A pragmatic approach despite a bloody legacy',
      'The history of relations between Moscow and Kabul is steeped in blood, from the Soviet invasion of Afghanistan in 1979, which started a war that lasted a decade. Yet today’s geopolitical circumstances have pushed both sides to move beyond that legacy.',
      'High-level visits, above all that of Sergei Shoigu, secretary of Russia’s Security Council, to Kabul, and remarks by foreign minister Sergei Lavrov stressing the need to “take the reality of the Taliban into account within a pragmatic policy”, all reflect a Russian approach based on interests, not ideology.',
      'Signs of economic cooperation',
      'Although trade remains modest, about 227 million dollars in the first eight months of 2024, there are signs of a move towards wider cooperation, especially in energy and agriculture. By the end of the year Afghanistan had become the largest importer of Russian flour, the start of an economic partnership that can grow.',
      'The paths of the Taliban and Russia now cross at a sensitive security point, where ISIS is a common enemy. This rapprochement does not mean a radical change in the international community’s positions on the Taliban, but it points to a new reality in regional politics, where pragmatism prevails over ideology and alliances are run by necessity, not values.',
    ],
    quotes: [
      'ally',
      'aimed specifically at ISIS',
      'The implicit recognition of the Taliban may open the door to formal recognition, as the movement seeks international legitimacy despite its poor human rights record',
      'cautious rapprochement',
      'take the reality of the Taliban into account within a pragmatic policy',
    ],
    keyFigureLabels: [
      'Victims of the attack on Crocus City Hall in Moscow',
      'Trade between Russia and Afghanistan',
      'The Soviet invasion of Afghanistan',
      'Length of the Russian ban on the Taliban',
    ],
    sources: ['Bloomberg', 'Eurasia Center of the Atlantic Council', 'Afghan Ministry of Foreign Affairs'],
  },
  fa: {
    title: 'روسیه و طالبان؛ تلاقی منافع در برابر داعش در میان نشانه‌های نزدیکی محتاطانه',
    standfirst:
      'مسکو در گامی که چرخشی راهبردی در سیاست روسیه در قبال افغانستان است، ممنوعیتی را که بیش از دو دهه پیش بر جنبش طالبان گذاشته بود برداشت؛ نشانه‌ای روشن از نزدیکی فزاینده‌ای که هدفی مشترک پیش می‌برد: مبارزه با داعش، خطرناک‌ترین دشمن هر دو طرف.',
    body: [
      'مسکو در گامی که چرخشی راهبردی در سیاست روسیه در قبال افغانستان است، ممنوعیتی را که بیش از دو دهه پیش بر جنبش طالبان گذاشته بود برداشت؛ نشانه‌ای روشن از نزدیکی فزاینده‌ای که هدفی مشترک پیش می‌برد: مبارزه با داعش، خطرناک‌ترین دشمن هر دو طرف.',
      'این چرخش حدود یک سال پس از سخنان ولادیمیر پوتین، رئیس‌جمهور روسیه، روی می‌دهد که طالبان را «متحد» در جنگ با تروریسم خوانده بود؛ سخنانی که آن زمان بحث‌برانگیز به نظر می‌رسید، اما امروز بخشی از سیاستی عملی است که اولویت‌های امنیت ملی و الزامات ژئوپلیتیک را بازتاب می‌دهد.',
      'چرخشی راهبردی در برابر خطری مشترک',
      'تصمیم مسکو، که تحلیلگران آن را غیرمنتظره نمی‌دانند، صرفاً امنیتی است. «داعش خراسان»، خطرناک‌ترین شاخه داعش در منطقه، به تهدیدی مستقیم برای روسیه تبدیل شده است، به‌ویژه پس از آنکه مسئولیت حمله خونین به تالار «کروکوس سیتی هال» در مسکو در مارس ۲۰۲۴ را پذیرفت که بیش از ۱۳۷ کشته بر جای گذاشت؛ بدترین حمله در این کشور در دو دهه گذشته.',
      'جان هربست از مرکز اوراسیای شورای آتلانتیک این گام روسیه را «مشخصاً علیه داعش» دانست، و فیض‌الله جلال، تحلیلگر سیاسی افغان، بر این باور است که به رسمیت شناختن ضمنی طالبان ممکن است راه را برای شناسایی رسمی باز کند، در حالی که این جنبش با وجود کارنامه بدش در حقوق بشر به دنبال مشروعیت بین‌المللی است.',
      'مشروعیت سیاسی و مبادله دیپلماتیک',
      'با آنکه هنوز هیچ کشوری دولت طالبان را رسماً به رسمیت نشناخته است، وزارت خارجه در کابل اخیراً اعلام کرد که روسیه با ارتقای سطح نمایندگی دیپلماتیک به سطح سفیر موافقت کرده است؛ نشانه‌ای از شکل‌گیری رابطه سیاسی عمیق‌تر.',
      'این «نزدیکی محتاطانه»، آن‌طور که بلومبرگ توصیف می‌کند، بازتاب منافع متقابل است. روسیه که همچنان از تهدیدهای تروریستی برخاسته از آسیای مرکزی نگران است، طالبان را سدی ممکن در برابر گسترش داعش در منطقه می‌بیند. طالبان نیز می‌کوشند از این رابطه برای کاهش انزوای بین‌المللی خود و جذب سرمایه‌گذاری برای تخفیف بحران اقتصادی فزاینده‌شان بهره بگیرند.',
      'رویکردی عمل‌گرایانه با وجود میراثی خونین',
      'تاریخ روابط مسکو و کابل آغشته به خون است، از حمله شوروی به افغانستان در ۱۹۷۹ که جنگی ده‌ساله به راه انداخت. اما شرایط ژئوپلیتیک امروز دو طرف را به گذر از این میراث واداشته است.',
      'دیدارهای سطح بالا، به‌ویژه سفر سرگئی شویگو، دبیر شورای امنیت روسیه، به کابل، و سخنان سرگئی لاوروف، وزیر خارجه، که بر «در نظر گرفتن واقعیت طالبان در چارچوب سیاستی عمل‌گرایانه» تأکید کرد، همگی رویکردی روسی را نشان می‌دهند که بر منافع استوار است نه ایدئولوژی.',
      'نشانه‌های همکاری اقتصادی',
      'با وجود حجم اندک مبادلات تجاری، حدود ۲۲۷ میلیون دلار در هشت ماه نخست ۲۰۲۴، نشانه‌هایی از حرکت به سوی همکاری گسترده‌تر، به‌ویژه در انرژی و کشاورزی، دیده می‌شود. تا پایان سال، افغانستان بزرگ‌ترین واردکننده آرد روسیه شد؛ آغاز همکاری اقتصادی‌ای که می‌تواند رشد کند.',
      'راه طالبان و روسیه اکنون در نقطه امنیتی حساسی به هم می‌رسد که داعش در آن دشمن مشترک است. این نزدیکی به معنای تغییری بنیادین در مواضع جامعه بین‌المللی درباره طالبان نیست، اما از واقعیتی تازه در سیاست منطقه خبر می‌دهد که در آن عمل‌گرایی بر ایدئولوژی چیره است و ائتلاف‌ها با ابزار ضرورت اداره می‌شوند نه ارزش‌ها.',
    ],
    quotes: [
      'متحد',
      'مشخصاً علیه داعش',
      'به رسمیت شناختن ضمنی طالبان ممکن است راه را برای شناسایی رسمی باز کند، در حالی که این جنبش با وجود کارنامه بدش در حقوق بشر به دنبال مشروعیت بین‌المللی است',
      'نزدیکی محتاطانه',
      'در نظر گرفتن واقعیت طالبان در چارچوب سیاستی عمل‌گرایانه',
    ],
    keyFigureLabels: [
      'قربانیان حمله به تالار کروکوس سیتی هال در مسکو',
      'حجم مبادلات تجاری روسیه و افغانستان',
      'حمله شوروی به افغانستان',
      'مدت ممنوعیت طالبان در روسیه',
    ],
    sources: ['بلومبرگ', 'مرکز اوراسیای شورای آتلانتیک', 'وزارت امور خارجه افغانستان'],
  },
};

/** The Persian names of the reference article's tags and experts, by their Arabic names. */
export const PERSIAN_NAMES: Record<string, string> = {
  روسيا: 'روسیه',
  طالبان: 'طالبان',
  داعش: 'داعش',
  'داعش-خراسان': 'داعش خراسان',
  أفغانستان: 'افغانستان',
  'الاتحاد السوفيتي': 'اتحاد جماهیر شوروی',
  موسكو: 'مسکو',
  كابول: 'کابل',
  'آسيا الوسطى': 'آسیای مرکزی',
  'الهجوم على قاعة كروكس سيتي هول': 'حمله به تالار کروکوس سیتی هال',
  'الغزو السوفيتي لأفغانستان': 'حمله شوروی به افغانستان',
  'فلاديمير بوتين': 'ولادیمیر پوتین',
  'سيرجي شويغو': 'سرگئی شویگو',
  'سيرجي لافروف': 'سرگئی لاوروف',
  'المجلس الأطلسي': 'شورای آتلانتیک',
  'مركز أوراسيا': 'مرکز اوراسیا',
  'مجلس الأمن الروسي': 'شورای امنیت روسیه',
  'وزارة الخارجية الأفغانية': 'وزارت امور خارجه افغانستان',
  بلومبرغ: 'بلومبرگ',
  الإرهاب: 'تروریسم',
  'جون هيربست': 'جان هربست',
  'فيض الله جلال': 'فیض الله جلال',
};
