"""The demo's words: news topics, the development plan and ten news posts in Georgian, English and Russian.

Places are Gori municipality's communities (../shared/data/gori-communities.csv); people are
described by village and trade, never by invented names.
"""

from datetime import date

AGENCY = {
    "ka": "გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტო",
    "en": "Strategic Development Agency of Gori Municipality",
    "ru": "Агентство стратегического развития муниципалитета Гори",
}
CITY_HALL = {
    "ka": "გორის მუნიციპალიტეტის მერია",
    "en": "Gori Municipality City Hall",
    "ru": "Мэрия муниципалитета Гори",
}
AGENCY_WITH_MINISTRY = {
    "ka": "სააგენტო, საქართველოს გარემოს დაცვისა და სოფლის მეურნეობის სამინისტროს აგრონომებთან ერთად",
    "en": "The agency, with agronomists of the Ministry of Environmental Protection and Agriculture",
    "ru": "Агентство совместно с агрономами Министерства охраны окружающей среды и сельского хозяйства",
}
CITY_HALL_AND_COMMUNITIES = {
    "ka": "გორის მუნიციპალიტეტის მერია და მერის წარმომადგენლები თემებში",
    "en": "Gori Municipality City Hall and the mayor's representatives in the communities",
    "ru": "Мэрия муниципалитета Гори и представители мэра в общинах",
}
AGENCY_AND_CITY_HALL = {
    "ka": "სააგენტო და გორის მუნიციპალიტეტის მერია",
    "en": "The agency and Gori Municipality City Hall",
    "ru": "Агентство и мэрия муниципалитета Гори",
}

# Old topic slug → the one that follows the romanisation table (ტ is t, ფ is p).
RENAMED_TOPIC_SLUGS = {"treiningebi": "treningebi", "infrastruktura": "inprastruktura"}

TOPICS = {
    "bazari": {"ka": "ციფრული ბაზარი", "en": "Marketplace", "ru": "Цифровой рынок"},
    "treningebi": {"ka": "ტრენინგები", "en": "Training", "ru": "Обучение"},
    "mosavali": {"ka": "მოსავალი", "en": "Harvest", "ru": "Урожай"},
    "bazrobebi": {"ka": "ბაზრობები", "en": "Fairs", "ru": "Ярмарки"},
    "ganvitarebis-gegma": {"ka": "განვითარების გეგმა", "en": "Development plan", "ru": "План развития"},
    "inprastruktura": {"ka": "ინფრასტრუქტურა", "en": "Infrastructure", "ru": "Инфраструктура"},
}

NEWS_INDEX = {
    "ka": {
        "title": "სიახლეები",
        "intro": "გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტოს სიახლეები: ციფრული ბაზარი, ტრენინგები ფერმერებისთვის, ბაზრობები და ადგილობრივი ეკონომიკური განვითარების გეგმის მიმდინარეობა.",
    },
    "en": {
        "title": "News",
        "intro": "News from the Strategic Development Agency of Gori Municipality: the marketplace, training for farmers, fairs and the progress of the Local Economic Development Plan.",
    },
    "ru": {
        "title": "Новости",
        "intro": "Новости Агентства стратегического развития муниципалитета Гори: цифровой рынок, обучение для фермеров, ярмарки и ход выполнения Плана местного экономического развития.",
    },
}


def paragraph(text):
    return ("paragraph", "".join(f"<p>{line}</p>" for line in text.strip().split("\n\n")))


def heading(text):
    return ("heading", {"heading_text": text, "size": "h2"})


def quote(text, who):
    return ("quote", {"text": text, "attribute_name": who})


def table(caption, rows):
    return (
        "table",
        {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": caption,
        },
    )


PLAN_PAGE = {
    "ka": {
        "title": "ადგილობრივი ეკონომიკური განვითარების გეგმა",
        "intro": "გორის მუნიციპალიტეტი ევროკავშირის ინიციატივის „მერები ეკონომიკური ზრდისთვის“ (M4EG) წევრია. ადგილობრივი ეკონომიკური განვითარების გეგმა განსაზღვრავს, როგორ დავეხმაროთ ფერმერებსა და მცირე ბიზნესს ზრდაში.",
        "body": [
            heading("გეგმის შესახებ"),
            paragraph(
                "გეგმა 2025 წელს დაამტკიცა გორის მუნიციპალიტეტის საკრებულომ და ის 2025–2027 წლებს მოიცავს. მისი მომზადებისას სააგენტო შეხვდა ფერმერებს, მეწარმეებსა და ყველა თემის წარმომადგენლებს."
                "\n\nქვემოთ ჩამოთვლილია გეგმის მიზნები და თითოეული ღონისძიება: ვინ ახორციელებს, როდის და რა ეტაპზეა. სტატუსებს სააგენტო რეგულარულად აახლებს, ხოლო ღონისძიების შესახებ სიახლეები მის ქვეშ ჩანს."
            ),
        ],
    },
    "en": {
        "title": "Local Economic Development Plan",
        "intro": "Gori municipality is a member of the EU's “Mayors for Economic Growth” (M4EG) initiative. Its Local Economic Development Plan sets out how the municipality helps farmers and small businesses grow.",
        "body": [
            heading("About the plan"),
            paragraph(
                "The plan was adopted by the Gori Municipal Council (Sakrebulo) in 2025 and covers 2025–2027. While preparing it, the agency met farmers, entrepreneurs and representatives of every community."
                "\n\nBelow are the plan's goals and each of its actions: who carries it out, when, and how far it has come. The agency keeps the statuses up to date, and news about an action is listed under it."
            ),
        ],
    },
    "ru": {
        "title": "План местного экономического развития",
        "intro": "Муниципалитет Гори — участник инициативы Евросоюза «Мэры за экономический рост» (M4EG). План местного экономического развития определяет, как муниципалитет помогает расти фермерам и малому бизнесу.",
        "body": [
            heading("О плане"),
            paragraph(
                "План утвердило Горийское муниципальное собрание (сакребуло) в 2025 году, он рассчитан на 2025–2027 годы. Готовя его, агентство встречалось с фермерами, предпринимателями и представителями всех общин."
                "\n\nНиже перечислены цели плана и каждое его мероприятие: кто его выполняет, в какие сроки и на каком оно этапе. Агентство регулярно обновляет статусы, а новости о мероприятии показаны под ним."
            ),
        ],
    },
}

# Goals in plan order: key, texts.
GOALS = [
    (
        "markets",
        {
            "ka": {
                "title": "ფერმერების პროდუქციის ბაზარზე გატანა",
                "description": "ციფრული ბაზარი, სეზონური ბაზრობები და კავშირი მყიდველებთან საქართველოსა და საზღვარგარეთ.",
            },
            "en": {
                "title": "Access to markets for farmers' produce",
                "description": "A digital marketplace, seasonal fairs and links with buyers in Georgia and abroad.",
            },
            "ru": {
                "title": "Выход продукции фермеров на рынок",
                "description": "Цифровая площадка, сезонные ярмарки и связи с покупателями в Грузии и за рубежом.",
            },
        },
    ),
    (
        "skills",
        {
            "ka": {
                "title": "ცოდნა და უნარები",
                "description": "ტრენინგები ბიოწარმოების, სერტიფიცირების, შენახვისა და ონლაინ გაყიდვების შესახებ, კონსულტაციები ახალგაზრდა ფერმერებისთვის.",
            },
            "en": {
                "title": "Knowledge and skills",
                "description": "Training in organic production, certification, storage and selling online, and advice for young farmers.",
            },
            "ru": {
                "title": "Знания и навыки",
                "description": "Обучение органическому производству, сертификации, хранению и онлайн-продажам, консультации для молодых фермеров.",
            },
        },
    ),
    (
        "infrastructure",
        {
            "ka": {
                "title": "სასოფლო ინფრასტრუქტურა",
                "description": "სარწყავი არხების აღდგენა, სამაცივრე მეურნეობა და პროდუქციის მიმღები პუნქტები.",
            },
            "en": {
                "title": "Rural infrastructure",
                "description": "Restored irrigation channels, cold storage and collection points for produce.",
            },
            "ru": {
                "title": "Сельская инфраструктура",
                "description": "Восстановление оросительных каналов, холодильные склады и пункты приёма продукции.",
            },
        },
    ),
]

# Actions in plan order: key, goal key, status, start, end, responsible body, texts.
ACTIONS = [
    (
        "marketplace",
        "markets",
        "done",
        date(2025, 9, 1),
        date(2026, 4, 30),
        AGENCY,
        {
            "ka": ("ციფრული ბაზრის Agrofarm შექმნა", "უფასო ონლაინ პლატფორმა, სადაც ფერმერები ტელეფონიდან განათავსებენ განცხადებებს, ხოლო მყიდველები სამ ენაზე პოულობენ მათ."),
            "en": ("Create the Agrofarm digital marketplace", "A free online platform where farmers post listings from a phone and buyers find them in three languages."),
            "ru": ("Создание цифрового рынка Agrofarm", "Бесплатная онлайн-платформа, где фермеры размещают объявления с телефона, а покупатели находят их на трёх языках."),
        },
    ),
    (
        "fairs",
        "markets",
        "in_progress",
        date(2026, 5, 1),
        date(2027, 10, 31),
        AGENCY_AND_CITY_HALL,
        {
            "ka": ("სეზონური ფერმერული ბაზრობები გორში", "გაზაფხულისა და შემოდგომის ბაზრობები ქალაქის ცენტრში, სადაც ფერმერები ადგილს უფასოდ იღებენ."),
            "en": ("Seasonal farmers' fairs in Gori", "Spring and autumn fairs in the town centre, where farmers get a stall free of charge."),
            "ru": ("Сезонные фермерские ярмарки в Гори", "Весенние и осенние ярмарки в центре города, где фермеры получают место бесплатно."),
        },
    ),
    (
        "exporters",
        "markets",
        "planned",
        date(2027, 2, 1),
        date(2027, 11, 30),
        AGENCY,
        {
            "ka": ("შეხვედრები ექსპორტიორებთან და საბითუმო მყიდველებთან", "ფერმერების შეხვედრები თბილისისა და საზღვარგარეთის მყიდველებთან, ხელშეკრულებების მომზადებაში დახმარება."),
            "en": ("Meetings with exporters and wholesale buyers", "Meetings between farmers and buyers from Tbilisi and abroad, with help in preparing contracts."),
            "ru": ("Встречи с экспортёрами и оптовыми покупателями", "Встречи фермеров с покупателями из Тбилиси и из-за рубежа, помощь в подготовке договоров."),
        },
    ),
    (
        "label",
        "markets",
        "planned",
        date(2027, 1, 15),
        date(2027, 12, 31),
        AGENCY,
        {
            "ka": ("გორული ხილის საერთო ნიშანი", "ერთიანი ეტიკეტი და ხარისხის მოთხოვნები გორის ვაშლისა და ატმისთვის, რომ მყიდველმა ხილის წარმოშობა იცნოს."),
            "en": ("A shared label for Gori fruit", "One label and quality rules for Gori apples and peaches, so buyers recognise where the fruit comes from."),
            "ru": ("Общий знак горийских фруктов", "Единая этикетка и требования к качеству для горийских яблок и персиков, чтобы покупатели узнавали их происхождение."),
        },
    ),
    (
        "organic-training",
        "skills",
        "in_progress",
        date(2026, 2, 1),
        date(2027, 6, 30),
        AGENCY_WITH_MINISTRY,
        {
            "ka": ("ტრენინგები ბიოწარმოებასა და სერტიფიცირებაზე", "პრაქტიკული მეცადინეობები თემებში: ნიადაგის ნაყოფიერება, მცენარეთა დაცვის ბუნებრივი საშუალებები და ბიოსერტიფიკატის მიღების გზა."),
            "en": ("Training in organic production and certification", "Practical sessions in the communities: soil fertility, natural plant protection and the path to organic certification."),
            "ru": ("Обучение органическому производству и сертификации", "Практические занятия в общинах: плодородие почвы, природные средства защиты растений и путь к органическому сертификату."),
        },
    ),
    (
        "online-selling",
        "skills",
        "done",
        date(2026, 3, 1),
        date(2026, 6, 30),
        AGENCY,
        {
            "ka": ("ონლაინ გაყიდვების უნარები ფერმერებისთვის", "მოკლე კურსი: როგორ გადავიღოთ პროდუქცია ტელეფონით, დავწეროთ განცხადება და ვუპასუხოთ მყიდველს."),
            "en": ("Online selling skills for farmers", "A short course: photographing produce with a phone, writing a listing and answering buyers."),
            "ru": ("Навыки онлайн-продаж для фермеров", "Короткий курс: как сфотографировать продукцию на телефон, написать объявление и ответить покупателю."),
        },
    ),
    (
        "storage-training",
        "skills",
        "planned",
        date(2027, 2, 1),
        date(2027, 4, 30),
        AGENCY_WITH_MINISTRY,
        {
            "ka": ("ტრენინგი მოსავლის შენახვასა და შეფუთვაზე", "როგორ შევინახოთ ხილი ზამთრამდე და როგორ შევფუთოთ ის დიდი მყიდველებისთვის."),
            "en": ("Training in storage and packaging", "How to keep fruit until winter and how to pack it for large buyers."),
            "ru": ("Обучение хранению и упаковке урожая", "Как сохранить фрукты до зимы и как упаковать их для крупных покупателей."),
        },
    ),
    (
        "young-farmers",
        "skills",
        "in_progress",
        date(2026, 9, 1),
        None,
        AGENCY,
        {
            "ka": ("საკონსულტაციო სამსახური ახალგაზრდა ფერმერებისთვის", "უფასო კონსულტაციები სააგენტოში: ბიზნეს-გეგმა, საგრანტო პროგრამები და შეღავათიანი სესხები."),
            "en": ("Advice desk for young farmers", "Free advice at the agency: business plans, grant programmes and low-interest loans."),
            "ru": ("Консультационная служба для молодых фермеров", "Бесплатные консультации в агентстве: бизнес-план, грантовые программы и льготные кредиты."),
        },
    ),
    (
        "irrigation",
        "infrastructure",
        "in_progress",
        date(2026, 4, 1),
        date(2027, 9, 30),
        CITY_HALL_AND_COMMUNITIES,
        {
            "ka": ("სარწყავი არხების აღდგენა ტირძნისისა და ქარალეთის თემებში", "ძველი, დაზიანებული არხების გაწმენდა და შეკეთება, რომ ზაფხულში ბაღებმა წყალი დროულად მიიღონ."),
            "en": ("Restore irrigation channels in Tirdznisi and Karaleti communities", "Clearing and repairing worn-out channels so orchards get water on time in summer."),
            "ru": ("Восстановление оросительных каналов в общинах Тирдзниси и Каралети", "Очистка и ремонт изношенных каналов, чтобы летом сады вовремя получали воду."),
        },
    ),
    (
        "cold-storage-study",
        "infrastructure",
        "done",
        date(2025, 11, 1),
        date(2026, 3, 31),
        AGENCY,
        {
            "ka": ("სამაცივრე მეურნეობის საჭიროებების კვლევა", "გამოკითხვა 200-ზე მეტ ფერმერს შორის: რამდენი ხილი იკარგება შენახვის გარეშე და სად არის საჭირო საერთო სამაცივრე."),
            "en": ("Study of cold storage needs", "A survey of more than 200 farmers: how much fruit is lost without storage and where a shared cold store is needed."),
            "ru": ("Исследование потребности в холодильных складах", "Опрос более 200 фермеров: сколько фруктов теряется без хранения и где нужен общий холодильный склад."),
        },
    ),
    (
        "collection-point",
        "infrastructure",
        "planned",
        date(2027, 5, 1),
        date(2028, 5, 31),
        CITY_HALL,
        {
            "ka": ("ხილის მიმღები და დამხარისხებელი პუნქტი ნიქოზში", "პუნქტი, სადაც მცირე ფერმერები ხილს ერთად ჩააბარებენ, დაახარისხებენ და დიდ მყიდველს მიჰყიდიან."),
            "en": ("Fruit collection and sorting point in Nikozi", "A point where small farmers bring their fruit together, sort it and sell it to large buyers."),
            "ru": ("Пункт приёма и сортировки фруктов в Никози", "Пункт, куда мелкие фермеры вместе сдают фрукты, сортируют их и продают крупным покупателям."),
        },
    ),
    (
        "drip-irrigation",
        "infrastructure",
        "planned",
        date(2027, 3, 1),
        date(2027, 10, 31),
        AGENCY_AND_CITY_HALL,
        {
            "ka": ("წვეთოვანი მორწყვის საპილოტე პროექტი ვარიანში", "წვეთოვანი მორწყვის სისტემები ათ მეურნეობაში, წყლის დაზოგვისა და მოსავლიანობის შესადარებლად."),
            "en": ("Drip irrigation pilot in Variani", "Drip irrigation systems on ten farms, to compare water savings and yields."),
            "ru": ("Пилотный проект капельного орошения в Вариани", "Системы капельного орошения в десяти хозяйствах, чтобы сравнить экономию воды и урожайность."),
        },
    ),
]

PROGRESS_DOCUMENT_TITLE = "Gori LED plan: actions and status, November 2026 (CSV)"

# News in date order. "image" is (title, palette, shape, seed) for draw_image; "document" marks the
# post whose body offers the plan's status table for download; "related" names demo products and
# farmers by slug (skipped when the catalogue demo is not loaded).
NEWS = [
    {
        "slug": "gegma-damtkitsebulia",
        "date": date(2025, 7, 15),
        "topics": ["ganvitarebis-gegma"],
        "action": None,
        "image": ("News: orchards near Gori", ((205, 228, 246), (104, 160, 72), (120, 170, 60)), "field", 11),
        "ka": {
            "title": "გორის საკრებულომ ადგილობრივი ეკონომიკური განვითარების გეგმა დაამტკიცა",
            "intro": "გეგმა 2025–2027 წლებს მოიცავს და მისი პირველი მიზანი ფერმერების პროდუქციის ბაზარზე გატანაა.",
            "hero_caption": "ბაღები გორის მახლობლად",
            "body": [
                paragraph(
                    "გორის მუნიციპალიტეტის საკრებულომ ერთხმად დაამტკიცა ადგილობრივი ეკონომიკური განვითარების გეგმა, რომელიც ევროკავშირის ინიციატივის „მერები ეკონომიკური ზრდისთვის“ (M4EG) ფარგლებში მომზადდა. გეგმას სამი მიზანი აქვს: ბაზარზე წვდომა, ცოდნისა და უნარების განვითარება და სასოფლო ინფრასტრუქტურა."
                    "\n\nგეგმის მომზადებისას სააგენტომ თემებში ათზე მეტი შეხვედრა გამართა. ფერმერები ყველაზე ხშირად ორ პრობლემაზე საუბრობდნენ: მყიდველის პოვნა ძნელია, მოსავლის შესანახი კი არსად აქვთ."
                ),
                heading("რა გაკეთდება პირველ რიგში"),
                paragraph(
                    "პირველი ღონისძიებებია ციფრული ბაზრის შექმნა და სამაცივრე მეურნეობის საჭიროებების კვლევა. ყველა ღონისძიების სტატუსს სააგენტო ამ საიტზე გამოაქვეყნებს."
                ),
            ],
        },
        "en": {
            "title": "Gori Municipal Council adopts the Local Economic Development Plan",
            "intro": "The plan covers 2025–2027, and its first goal is to bring farmers' produce to market.",
            "hero_caption": "Orchards near Gori",
            "body": [
                paragraph(
                    "The Gori Municipal Council unanimously adopted the Local Economic Development Plan, prepared under the EU initiative “Mayors for Economic Growth” (M4EG). The plan has three goals: access to markets, knowledge and skills, and rural infrastructure."
                    "\n\nWhile preparing the plan, the agency held more than ten meetings in the communities. Farmers spoke most often about two problems: buyers are hard to find, and there is nowhere to store the harvest."
                ),
                heading("What comes first"),
                paragraph(
                    "The first actions are a digital marketplace and a study of cold storage needs. The agency will publish the status of every action on this site."
                ),
            ],
        },
        "ru": {
            "title": "Горийское сакребуло утвердило План местного экономического развития",
            "intro": "План рассчитан на 2025–2027 годы, и его первая цель — вывести продукцию фермеров на рынок.",
            "hero_caption": "Сады под Гори",
            "body": [
                paragraph(
                    "Горийское муниципальное собрание (сакребуло) единогласно утвердило План местного экономического развития, подготовленный в рамках инициативы Евросоюза «Мэры за экономический рост» (M4EG). У плана три цели: доступ к рынкам, знания и навыки, сельская инфраструктура."
                    "\n\nГотовя план, агентство провело в общинах более десяти встреч. Чаще всего фермеры говорили о двух проблемах: покупателя трудно найти, а урожай негде хранить."
                ),
                heading("Что будет сделано в первую очередь"),
                paragraph(
                    "Первые мероприятия — создание цифрового рынка и исследование потребности в холодильных складах. Статус каждого мероприятия агентство будет публиковать на этом сайте."
                ),
            ],
        },
    },
    {
        "slug": "samatsivre-kvleva",
        "date": date(2025, 11, 20),
        "topics": ["inprastruktura", "ganvitarebis-gegma"],
        "action": "cold-storage-study",
        "image": ("News: freshly picked apples", ((214, 234, 248), (132, 176, 84), (222, 196, 64)), "fruit", 12),
        "ka": {
            "title": "დაიწყო კვლევა: რამდენი სამაცივრე სჭირდება გორის ბაღებს",
            "intro": "სააგენტოს თანამშრომლები დეკემბრის ბოლომდე 200-ზე მეტ ფერმერს გამოჰკითხავენ მოსავლის შენახვის შესახებ.",
            "hero_caption": "ახლად მოკრეფილი ვაშლი",
            "body": [
                paragraph(
                    "ყოველ შემოდგომაზე გორის ფერმერები ვაშლის დიდ ნაწილს კრეფისთანავე და დაბალ ფასად ყიდიან, რადგან შესანახი ადგილი არ აქვთ. კვლევა გაარკვევს, რამდენი ხილი იკარგება, რომელ თემებშია პრობლემა ყველაზე მწვავე და რა ზომის საერთო სამაცივრე იქნება გამართლებული."
                    "\n\nგამოკითხვა ნიქოზის, ტყვიავის, ქარალეთისა და ვარიანის თემებში მიმდინარეობს. ფერმერებს, რომლებსაც მონაწილეობა სურთ, შეუძლიათ სააგენტოს დაუკავშირდნენ."
                ),
                quote(
                    "შემოდგომაზე ვაშლს კილოგრამს 40 თეთრად ვყიდი, გაზაფხულზე კი ორჯერ მეტი ღირს. შესანახი რომ მქონდეს, სულ სხვა ფასად გავყიდდი.",
                    "ფერმერი ტყვიავიდან",
                ),
            ],
        },
        "en": {
            "title": "Study begins: how much cold storage do Gori's orchards need?",
            "intro": "By the end of December, agency staff will survey more than 200 farmers about storing their harvest.",
            "hero_caption": "Freshly picked apples",
            "body": [
                paragraph(
                    "Every autumn Gori's farmers sell much of their apple crop straight after picking, at low prices, because they have nowhere to keep it. The study will find out how much fruit is lost, which communities are hit hardest and what size of shared cold store would pay off."
                    "\n\nThe survey is under way in the Nikozi, Tkviavi, Karaleti and Variani communities. Farmers who would like to take part can contact the agency."
                ),
                quote(
                    "In autumn I sell apples at 40 tetri a kilo; in spring they are worth twice as much. If I had storage, I would sell at quite a different price.",
                    "A farmer from Tkviavi",
                ),
            ],
        },
        "ru": {
            "title": "Началось исследование: сколько холодильных складов нужно горийским садам",
            "intro": "До конца декабря сотрудники агентства опросят более 200 фермеров о хранении урожая.",
            "hero_caption": "Только что собранные яблоки",
            "body": [
                paragraph(
                    "Каждую осень горийские фермеры продают большую часть яблок сразу после сбора и по низкой цене, потому что хранить их негде. Исследование покажет, сколько фруктов теряется, в каких общинах проблема острее всего и какого размера общий холодильный склад окупится."
                    "\n\nОпрос идёт в общинах Никози, Тквиави, Каралети и Вариани. Фермеры, которые хотят принять участие, могут связаться с агентством."
                ),
                quote(
                    "Осенью я продаю яблоки по 40 тетри за килограмм, а весной они стоят вдвое дороже. Было бы где хранить — продавал бы совсем по другой цене.",
                    "Фермер из Тквиави",
                ),
            ],
        },
    },
    {
        "slug": "agrofarm-amokmedda",
        "related": ['eka-lomidze', 'meputkreoba-liakhvi'],
        "date": date(2026, 4, 22),
        "topics": ["bazari"],
        "action": "marketplace",
        "image": ("News: Agrofarm goes live", ((250, 226, 196), (118, 168, 78), (238, 150, 92)), "fruit", 13),
        "ka": {
            "title": "Agrofarm ამოქმედდა: გორის ფერმერებს განცხადებების უფასოდ განთავსება შეუძლიათ",
            "intro": "ახალ ციფრულ ბაზარზე ფერმერი რამდენიმე წუთში, ტელეფონიდან განათავსებს განცხადებას, მყიდველი კი მას ქართულად, ინგლისურად ან რუსულად იპოვის.",
            "hero_caption": "ატამი ახლად მოკრეფილი ბაღიდან",
            "body": [
                paragraph(
                    "გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტომ ციფრული ბაზარი Agrofarm გახსნა. ეს ადგილობრივი ეკონომიკური განვითარების გეგმის პირველი დასრულებული ღონისძიებაა."
                    "\n\nგანცხადების განსათავსებლად საკმარისია ფორმის შევსება: რას ყიდით, რა ფასად, რომელ თვეებში და რომელი სოფლიდან. სააგენტოს თანამშრომელი განცხადებას ამოწმებს, აქვეყნებს და საჭიროების შემთხვევაში თარგმნის."
                ),
                heading("ვის შეუძლია განცხადების განთავსება"),
                paragraph(
                    "გორის მუნიციპალიტეტის ნებისმიერ ფერმერს, მეფუტკრეს, მეღვინეს ან სასოფლო-სამეურნეო მომსახურების გამწევს. განთავსება და ბაზრით სარგებლობა სრულიად უფასოა."
                ),
                quote(
                    "ჩემი შვილი ქალაქში ცხოვრობს, მე კი სოფელში. ახლა ვაშლს ისე ვყიდი, რომ ბაზარში ჩასვლა აღარ მჭირდება.",
                    "ფერმერი ნიქოზიდან",
                ),
            ],
        },
        "en": {
            "title": "Agrofarm is live: Gori's farmers can list their produce for free",
            "intro": "On the new digital marketplace a farmer posts a listing from a phone in a few minutes, and buyers find it in Georgian, English or Russian.",
            "hero_caption": "Peaches fresh from the orchard",
            "body": [
                paragraph(
                    "The Strategic Development Agency of Gori Municipality has opened the Agrofarm digital marketplace. It is the first completed action of the Local Economic Development Plan."
                    "\n\nTo post a listing, a farmer fills in a form: what they sell, at what price, in which months and from which village. An agency officer checks the listing, publishes it and has it translated where needed."
                ),
                heading("Who can post a listing"),
                paragraph(
                    "Any farmer, beekeeper, winemaker or provider of farm services in Gori municipality. Posting and using the marketplace are completely free."
                ),
                quote(
                    "My son lives in town and I live in the village. Now I sell my apples without going to the bazaar.",
                    "A farmer from Nikozi",
                ),
            ],
        },
        "ru": {
            "title": "Agrofarm заработал: фермеры Гори могут бесплатно размещать объявления",
            "intro": "На новом цифровом рынке фермер за несколько минут размещает объявление с телефона, а покупатель находит его на грузинском, английском или русском языке.",
            "hero_caption": "Персики прямо из сада",
            "body": [
                paragraph(
                    "Агентство стратегического развития муниципалитета Гори открыло цифровой рынок Agrofarm. Это первое выполненное мероприятие Плана местного экономического развития."
                    "\n\nЧтобы разместить объявление, достаточно заполнить форму: что вы продаёте, по какой цене, в какие месяцы и из какого села. Сотрудник агентства проверяет объявление, публикует его и при необходимости переводит."
                ),
                heading("Кто может разместить объявление"),
                paragraph(
                    "Любой фермер, пчеловод, винодел или тот, кто оказывает сельскохозяйственные услуги в Горийском муниципалитете. Размещение и пользование площадкой полностью бесплатны."
                ),
                quote(
                    "Мой сын живёт в городе, а я в селе. Теперь я продаю яблоки, не выезжая на базар.",
                    "Фермер из Никози",
                ),
            ],
        },
    },
    {
        "slug": "onlain-gaqidvebi",
        "related": ['mtis-qvavilebis-bio-tapli'],
        "date": date(2026, 5, 30),
        "topics": ["treningebi", "bazari"],
        "action": "online-selling",
        "image": ("News: a session in Ateni", ((226, 236, 250), (150, 186, 96), (72, 120, 180)), "field", 14),
        "ka": {
            "title": "სამოცმა ფერმერმა ონლაინ გაყიდვები ისწავლა",
            "intro": "ხუთ თემში გამართულ მეცადინეობებზე ფერმერებმა ისწავლეს პროდუქციის ტელეფონით გადაღება და კარგი განცხადების დაწერა.",
            "hero_caption": "მეცადინეობა ატენის თემში",
            "body": [
                paragraph(
                    "მაისში სააგენტომ მოკლე კურსი ჩაატარა ატენში, ბერბუკში, სკრაში, შინდისსა და ხიდისთავში. თითოეული მეცადინეობა ორ საათს გაგრძელდა, მონაწილეობა კი უფასო იყო."
                    "\n\nმონაწილეებმა ისწავლეს, როგორ გადაიღონ პროდუქცია დღის სინათლეზე, როგორ მიუთითონ ფასი და რაოდენობა და როგორ უპასუხონ მყიდველს სწრაფად და თავაზიანად. კურსის შემდეგ ფერმერებმა Agrofarm-ზე 80-ზე მეტი განცხადება განათავსეს."
                ),
                quote(
                    "ადრე მეგონა, რომ ინტერნეტი ახალგაზრდებისთვისაა. ახლა ჩემი თაფლის საყიდლად თბილისიდანაც მირეკავენ.",
                    "მეფუტკრე ბერბუკიდან",
                ),
            ],
        },
        "en": {
            "title": "Sixty farmers learn to sell online",
            "intro": "At sessions in five communities, farmers learned to photograph their produce with a phone and write a good listing.",
            "hero_caption": "A session in the Ateni community",
            "body": [
                paragraph(
                    "In May the agency ran a short course in Ateni, Berbuki, Skra, Shindisi and Khidistavi. Each session lasted two hours and was free to attend."
                    "\n\nParticipants learned how to photograph produce in daylight, how to state the price and quantity, and how to answer buyers quickly and politely. After the course, farmers posted more than 80 listings on Agrofarm."
                ),
                quote(
                    "I used to think the internet was for young people. Now people call me from Tbilisi to buy my honey.",
                    "A beekeeper from Berbuki",
                ),
            ],
        },
        "ru": {
            "title": "Шестьдесят фермеров научились продавать онлайн",
            "intro": "На занятиях в пяти общинах фермеры научились фотографировать продукцию на телефон и писать хорошие объявления.",
            "hero_caption": "Занятие в общине Атени",
            "body": [
                paragraph(
                    "В мае агентство провело короткий курс в Атени, Бербуки, Скре, Шиндиси и Хидистави. Каждое занятие длилось два часа, участие было бесплатным."
                    "\n\nУчастники узнали, как снимать продукцию при дневном свете, как указывать цену и количество и как быстро и вежливо отвечать покупателям. После курса фермеры разместили на Agrofarm более 80 объявлений."
                ),
                quote(
                    "Раньше я думал, что интернет — для молодёжи. Теперь мне звонят насчёт мёда даже из Тбилиси.",
                    "Пчеловод из Бербуки",
                ),
            ],
        },
    },
    {
        "slug": "sartsqavi-arkhebi-tirdznisshi",
        "date": date(2026, 6, 12),
        "topics": ["inprastruktura"],
        "action": "irrigation",
        "image": ("News: irrigation channel near Tirdznisi", ((196, 222, 242), (92, 150, 70), (70, 130, 200)), "field", 15),
        "ka": {
            "title": "ტირძნისის თემში სარწყავი არხების აღდგენა დაიწყო",
            "intro": "პირველ ეტაპზე 12 კილომეტრი არხი გაიწმინდება, რაც ზაფხულში 300-ზე მეტ მეურნეობას წყლით უზრუნველყოფს.",
            "hero_caption": "გაწმენდილი სარწყავი არხი ტირძნისთან",
            "body": [
                paragraph(
                    "გორის მუნიციპალიტეტის მერიამ ტირძნისის თემში სარწყავი არხების გაწმენდა და შეკეთება დაიწყო. ბოლო წლებში არხები ლამით ამოივსო და ზაფხულის ბოლოს წყალი ბაღებამდე ვეღარ აღწევდა."
                    "\n\nსამუშაოები სექტემბრამდე დასრულდება, შემდეგ კი ქარალეთის თემში გაგრძელდება. სამუშაოების პერიოდში მორწყვის განრიგს ფერმერებს მერის წარმომადგენელი თემში წინასწარ აცნობებს."
                ),
            ],
        },
        "en": {
            "title": "Restoration of irrigation channels begins in Tirdznisi community",
            "intro": "In the first stage 12 kilometres of channel will be cleared, keeping more than 300 farms supplied with water in summer.",
            "hero_caption": "A cleared irrigation channel near Tirdznisi",
            "body": [
                paragraph(
                    "Gori Municipality City Hall has begun clearing and repairing irrigation channels in the Tirdznisi community. In recent years the channels silted up, and by late summer water no longer reached the orchards."
                    "\n\nThe work will be finished by September and then continue in the Karaleti community. While it lasts, the mayor's representative in the community will tell farmers the watering schedule in advance."
                ),
            ],
        },
        "ru": {
            "title": "В общине Тирдзниси начали восстанавливать оросительные каналы",
            "intro": "На первом этапе очистят 12 километров каналов — это обеспечит водой летом более 300 хозяйств.",
            "hero_caption": "Очищенный оросительный канал у Тирдзниси",
            "body": [
                paragraph(
                    "Мэрия муниципалитета Гори начала очистку и ремонт оросительных каналов в общине Тирдзниси. За последние годы каналы заилились, и к концу лета вода уже не доходила до садов."
                    "\n\nРаботы завершатся к сентябрю, затем продолжатся в общине Каралети. На время работ представитель мэра в общине заранее сообщает фермерам график полива."
                ),
            ],
        },
    },
    {
        "slug": "akhalgazrda-permerebis-konsultatsia",
        "date": date(2026, 9, 2),
        "topics": ["treningebi"],
        "action": "young-farmers",
        "image": ("News: a wheat field near Variani", ((232, 238, 250), (178, 160, 90), (214, 170, 60)), "sheaf", 16),
        "ka": {
            "title": "სააგენტოში ახალგაზრდა ფერმერებისთვის საკონსულტაციო სამსახური გაიხსნა",
            "intro": "35 წლამდე ფერმერებს კონსულტანტი დაეხმარება ბიზნეს-გეგმის შედგენასა და საგრანტო განაცხადის მომზადებაში.",
            "hero_caption": "ხორბლის ყანა ვარიანთან",
            "body": [
                paragraph(
                    "საკონსულტაციო სამსახური სააგენტოს ოფისში ორშაბათიდან პარასკევამდე მუშაობს. კონსულტანტი ახალგაზრდა ფერმერებს ეხმარება ბიზნეს-გეგმის შედგენაში, სახელმწიფო და საერთაშორისო საგრანტო პროგრამების შერჩევასა და შეღავათიანი სესხის პირობების გარკვევაში."
                    "\n\nკონსულტაცია უფასოა. შორეული სოფლების მცხოვრებლებს კონსულტანტი ტელეფონითაც ემსახურება."
                ),
            ],
        },
        "en": {
            "title": "Advice desk for young farmers opens at the agency",
            "intro": "Farmers under 35 can get help from an adviser with writing a business plan and preparing grant applications.",
            "hero_caption": "A wheat field near Variani",
            "body": [
                paragraph(
                    "The advice desk is open at the agency's office from Monday to Friday. The adviser helps young farmers write a business plan, choose among national and international grant programmes and understand the terms of low-interest loans."
                    "\n\nAdvice is free. Farmers in remote villages can also get it by phone."
                ),
            ],
        },
        "ru": {
            "title": "В агентстве открылась консультационная служба для молодых фермеров",
            "intro": "Фермерам до 35 лет консультант поможет составить бизнес-план и подготовить заявку на грант.",
            "hero_caption": "Пшеничное поле у Вариани",
            "body": [
                paragraph(
                    "Консультационная служба работает в офисе агентства с понедельника по пятницу. Консультант помогает молодым фермерам составить бизнес-план, выбрать подходящие государственные и международные грантовые программы и разобраться в условиях льготных кредитов."
                    "\n\nКонсультации бесплатны. Жители отдалённых сёл могут получить их и по телефону."
                ),
            ],
        },
    },
    {
        "slug": "vashlis-mosavali-2026",
        "related": ['vashli-puji', 'saeksporto-vashli-red-delishesi', 'vashli-qutit-18-kg', 'zurab-khutsishvili'],
        "date": date(2026, 9, 15),
        "topics": ["mosavali"],
        "action": None,
        "image": ("News: picking apples in Nikozi", ((208, 230, 248), (98, 156, 66), (200, 36, 36)), "fruit", 17),
        "ka": {
            "title": "ვაშლის მოსავალი გორის სოფლებში: კარგი წელი და სტაბილური ფასები",
            "intro": "გაზაფხულის ყინვებმა გორის ბაღებს გვერდი აუარა და ფერმერები შარშანდელზე მეტ მოსავალს ელიან.",
            "hero_caption": "ვაშლის კრეფა ნიქოზში",
            "body": [
                paragraph(
                    "ვაშლის კრეფა ნიქოზის, ტყვიავის, ქარალეთისა და მეჯვრისხევის თემებში სრული დატვირთვით მიმდინარეობს. ფერმერების შეფასებით, მოსავალი შარშანდელს დაახლოებით მეოთხედით აღემატება."
                    "\n\nგოლდენისა და რენეტის საბითუმო ფასი კილოგრამზე 50–70 თეთრია, დახარისხებულ ხილზე კი უფრო მაღალი. ფერმერები, რომლებსაც ექსპორტზე გაყიდვა სურთ, სააგენტოში კონსულტაციას იღებენ."
                ),
                heading("სად ვიყიდოთ"),
                paragraph(
                    "გორული ვაშლის ყიდვა პირდაპირ ფერმერისგან Agrofarm-ზეა შესაძლებელი: პროდუქციის გვერდზე მითითებულია სოფელი, ფასი და ფერმერის საკონტაქტო ინფორმაცია."
                ),
            ],
        },
        "en": {
            "title": "Apple harvest in Gori's villages: a good year and steady prices",
            "intro": "Spring frosts spared Gori's orchards, and farmers expect a bigger crop than last year.",
            "hero_caption": "Picking apples in Nikozi",
            "body": [
                paragraph(
                    "Apple picking is in full swing in the Nikozi, Tkviavi, Karaleti and Mejvriskhevi communities. Farmers estimate the crop at about a quarter more than last year's."
                    "\n\nThe wholesale price for Golden and Reinette apples is 50–70 tetri a kilo, and more for sorted fruit. Farmers who want to sell for export are getting advice from the agency."
                ),
                heading("Where to buy"),
                paragraph(
                    "You can buy Gori apples straight from the farmer on Agrofarm: each product page shows the village, the price and the farmer's contact details."
                ),
            ],
        },
        "ru": {
            "title": "Урожай яблок в сёлах Гори: хороший год и стабильные цены",
            "intro": "Весенние заморозки обошли горийские сады стороной, и фермеры ждут урожая больше прошлогоднего.",
            "hero_caption": "Сбор яблок в Никози",
            "body": [
                paragraph(
                    "Сбор яблок в общинах Никози, Тквиави, Каралети и Меджврисхеви идёт полным ходом. По оценкам фермеров, урожай примерно на четверть больше прошлогоднего."
                    "\n\nОптовая цена на яблоки сортов голден и ренет — 50–70 тетри за килограмм, на отсортированные фрукты — выше. Фермеры, которые хотят продавать на экспорт, получают консультации в агентстве."
                ),
                heading("Где купить"),
                paragraph(
                    "Купить горийские яблоки напрямую у фермера можно на Agrofarm: на странице товара указаны село, цена и контакты фермера."
                ),
            ],
        },
    },
    {
        "slug": "shemodgomis-bazroba-gorshi",
        "related": ['mtis-qvavilebis-bio-tapli', 'kaklis-churchkhela', 'imeruli-qveli'],
        "date": date(2026, 10, 12),
        "topics": ["bazrobebi", "bazari"],
        "action": "fairs",
        "image": ("News: honey and jam at the fair", ((246, 232, 206), (170, 140, 90), (226, 160, 40)), "jar", 18),
        "ka": {
            "title": "შემოდგომის ფერმერული ბაზრობა გორის ცენტრში",
            "intro": "ორი დღის განმავლობაში 70-ზე მეტმა ფერმერმა ქალაქის მცხოვრებლებსა და სტუმრებს ხილი, თაფლი, ყველი და ღვინო შესთავაზა.",
            "hero_caption": "თაფლი და მურაბა ბაზრობაზე",
            "body": [
                paragraph(
                    "ბაზრობა ცენტრალურ მოედანზე 10 და 11 ოქტომბერს გაიმართა. ფერმერებმა ადგილი უფასოდ მიიღეს, დახლები და კარვები კი სააგენტომ უზრუნველყო."
                    "\n\nმონაწილეები მუნიციპალიტეტის 18 თემიდან ჩამოვიდნენ. ყველაზე დიდი მოთხოვნა ვაშლზე, ატენურ ღვინოსა და ახალ თაფლზე იყო. ბევრმა მყიდველმა ფერმერის ნომერი შეინახა, რომ პროდუქცია მომავალშიც Agrofarm-ის საშუალებით შეუკვეთოს."
                ),
                quote("ორ დღეში იმდენი გავყიდე, რამდენსაც სოფელში ერთ თვეში ვყიდი.", "მეღვინე ატენიდან"),
            ],
        },
        "en": {
            "title": "Autumn farmers' fair in the centre of Gori",
            "intro": "Over two days more than 70 farmers offered fruit, honey, cheese and wine to townspeople and visitors.",
            "hero_caption": "Honey and jam at the fair",
            "body": [
                paragraph(
                    "The fair took place on the central square on 10 and 11 October. Farmers had their stalls free of charge, and the agency provided the tables and tents."
                    "\n\nParticipants came from 18 of the municipality's communities. Apples, Ateni wine and fresh honey were in greatest demand. Many buyers saved a farmer's number to order again through Agrofarm."
                ),
                quote("In two days I sold as much as I sell in a month in the village.", "A winemaker from Ateni"),
            ],
        },
        "ru": {
            "title": "Осенняя фермерская ярмарка в центре Гори",
            "intro": "За два дня более 70 фермеров предложили горожанам и гостям фрукты, мёд, сыр и вино.",
            "hero_caption": "Мёд и варенье на ярмарке",
            "body": [
                paragraph(
                    "Ярмарка прошла на центральной площади 10 и 11 октября. Фермеры получили места бесплатно, а прилавки и шатры предоставило агентство."
                    "\n\nУчастники приехали из 18 общин муниципалитета. Больше всего спрашивали яблоки, атенское вино и свежий мёд. Многие покупатели сохранили номер фермера, чтобы и дальше заказывать продукцию через Agrofarm."
                ),
                quote("За два дня я продал столько, сколько в селе продаю за месяц.", "Винодел из Атени"),
            ],
        },
    },
    {
        "slug": "biotreningebi-karaletshi",
        "date": date(2026, 10, 28),
        "topics": ["treningebi"],
        "action": "organic-training",
        "image": ("News: a young orchard in Karaleti", ((220, 238, 226), (110, 168, 88), (70, 140, 60)), "sheaf", 19),
        "ka": {
            "title": "ბიოწარმოების უფასო ტრენინგები ქარალეთსა და მეჯვრისხევში",
            "intro": "ნოემბერსა და დეკემბერში აგრონომები ფერმერებს ნიადაგის ნაყოფიერებაზე, მცენარეთა დაცვის ბუნებრივ საშუალებებსა და ბიოსერტიფიცირებაზე ესაუბრებიან.",
            "hero_caption": "ახალგაზრდა ბაღი ქარალეთში",
            "body": [
                paragraph(
                    "ტრენინგები სააგენტომ საქართველოს გარემოს დაცვისა და სოფლის მეურნეობის სამინისტროს აგრონომებთან ერთად მოამზადა. თითოეული მეცადინეობა ორი ნაწილისგან შედგება: თეორია თემის ცენტრში და პრაქტიკა ერთ-ერთი ფერმერის ბაღში."
                    "\n\nმონაწილეობა უფასოა, თუმცა ადგილების რაოდენობა შეზღუდულია. დასარეგისტრირებლად დაუკავშირდით სააგენტოს ან მერის წარმომადგენელს თქვენს თემში."
                ),
                table(
                    "ტრენინგების განრიგი",
                    [
                        ["თარიღი", "ადგილი", "თემა"],
                        ["12 ნოემბერი", "ქარალეთი", "ნიადაგის ნაყოფიერება და კომპოსტი"],
                        ["26 ნოემბერი", "მეჯვრისხევი", "ბაღის დაცვის ბუნებრივი საშუალებები"],
                        ["10 დეკემბერი", "ქარალეთი", "ბიოსერტიფიცირება ნაბიჯ-ნაბიჯ"],
                    ],
                ),
            ],
        },
        "en": {
            "title": "Free organic farming training in Karaleti and Mejvriskhevi",
            "intro": "In November and December agronomists will talk to farmers about soil fertility, natural plant protection and organic certification.",
            "hero_caption": "A young orchard in Karaleti",
            "body": [
                paragraph(
                    "The agency prepared the training with agronomists of the Ministry of Environmental Protection and Agriculture of Georgia. Each session has two parts: theory at the community centre and practice in a farmer's orchard."
                    "\n\nTaking part is free, but places are limited. To register, contact the agency or the mayor's representative in your community."
                ),
                table(
                    "Training timetable",
                    [
                        ["Date", "Place", "Topic"],
                        ["12 November", "Karaleti", "Soil fertility and compost"],
                        ["26 November", "Mejvriskhevi", "Natural ways to protect an orchard"],
                        ["10 December", "Karaleti", "Organic certification step by step"],
                    ],
                ),
            ],
        },
        "ru": {
            "title": "Бесплатное обучение органическому земледелию в Каралети и Меджврисхеви",
            "intro": "В ноябре и декабре агрономы расскажут фермерам о плодородии почвы, природных средствах защиты растений и органической сертификации.",
            "hero_caption": "Молодой сад в Каралети",
            "body": [
                paragraph(
                    "Агентство подготовило обучение вместе с агрономами Министерства охраны окружающей среды и сельского хозяйства Грузии. Каждое занятие состоит из двух частей: теория в центре общины и практика в саду одного из фермеров."
                    "\n\nУчастие бесплатное, но количество мест ограничено. Чтобы записаться, свяжитесь с агентством или с представителем мэра в вашей общине."
                ),
                table(
                    "Расписание занятий",
                    [
                        ["Дата", "Место", "Тема"],
                        ["12 ноября", "Каралети", "Плодородие почвы и компост"],
                        ["26 ноября", "Меджврисхеви", "Природные средства защиты сада"],
                        ["10 декабря", "Каралети", "Органическая сертификация шаг за шагом"],
                    ],
                ),
            ],
        },
    },
    {
        "slug": "gegmis-progresi-2026",
        "date": date(2026, 11, 16),
        "topics": ["ganvitarebis-gegma"],
        "action": None,
        "document": True,
        "image": ("News: fields of Gori municipality", ((200, 224, 244), (126, 170, 80), (170, 120, 60)), "field", 20),
        "ka": {
            "title": "განვითარების გეგმა: რა გაკეთდა 2026 წელს",
            "intro": "გეგმის 12 ღონისძიებიდან სამი დასრულდა, ოთხი მიმდინარეობს, ხუთი კი 2027 წელს დაიწყება.",
            "hero_caption": "მინდვრები გორის მუნიციპალიტეტში",
            "document": (
                "გეგმის ღონისძიებები და სტატუსები (CSV)",
                "ცხრილი ქართულ, ინგლისურ და რუსულ ენებზე, 2026 წლის ნოემბრის მდგომარეობით.",
            ),
            "body": [
                paragraph(
                    "ადგილობრივი ეკონომიკური განვითარების გეგმის დამტკიცებიდან წელიწადზე მეტი გავიდა. ამ დროში ამოქმედდა ციფრული ბაზარი Agrofarm, დასრულდა სამაცივრე მეურნეობის საჭიროებების კვლევა და 60-მა ფერმერმა ონლაინ გაყიდვები ისწავლა."
                    "\n\nგრძელდება სეზონური ბაზრობები, ბიოწარმოების ტრენინგები, ახალგაზრდა ფერმერების კონსულტაციები და სარწყავი არხების აღდგენა. ყველა ღონისძიების სტატუსი გეგმის გვერდზეა, სრული ცხრილის ჩამოტვირთვა კი ქვემოთ შეგიძლიათ."
                ),
                "document",
                heading("რა იქნება 2027 წელს"),
                paragraph(
                    "მომავალ წელს დაიწყება შეხვედრები ექსპორტიორებთან, გორული ხილის საერთო ნიშნის შემუშავება, ხილის მიმღები პუნქტის მოწყობა ნიქოზში და წვეთოვანი მორწყვის საპილოტე პროექტი ვარიანში."
                ),
            ],
        },
        "en": {
            "title": "Development plan: what was done in 2026",
            "intro": "Of the plan's 12 actions, three are done, four are under way and five will start in 2027.",
            "hero_caption": "Fields in Gori municipality",
            "document": (
                "Plan actions and their status (CSV)",
                "A table in Georgian, English and Russian, as of November 2026.",
            ),
            "body": [
                paragraph(
                    "More than a year has passed since the Local Economic Development Plan was adopted. In that time the Agrofarm digital marketplace went live, the study of cold storage needs was completed and 60 farmers learned to sell online."
                    "\n\nSeasonal fairs, organic farming training, advice for young farmers and the restoration of irrigation channels continue. The status of every action is on the plan page, and you can download the full table below."
                ),
                "document",
                heading("What comes in 2027"),
                paragraph(
                    "Next year will bring meetings with exporters, work on a shared label for Gori fruit, a fruit collection point in Nikozi and a drip irrigation pilot in Variani."
                ),
            ],
        },
        "ru": {
            "title": "План развития: что сделано в 2026 году",
            "intro": "Из 12 мероприятий плана три выполнены, четыре выполняются, а пять начнутся в 2027 году.",
            "hero_caption": "Поля Горийского муниципалитета",
            "document": (
                "Мероприятия плана и их статус (CSV)",
                "Таблица на грузинском, английском и русском языках, по состоянию на ноябрь 2026 года.",
            ),
            "body": [
                paragraph(
                    "С момента утверждения Плана местного экономического развития прошло больше года. За это время заработал цифровой рынок Agrofarm, завершилось исследование потребности в холодильных складах, а 60 фермеров научились продавать онлайн."
                    "\n\nПродолжаются сезонные ярмарки, обучение органическому земледелию, консультации для молодых фермеров и восстановление оросительных каналов. Статус каждого мероприятия — на странице плана, а полную таблицу можно скачать ниже."
                ),
                "document",
                heading("Что будет в 2027 году"),
                paragraph(
                    "В следующем году начнутся встречи с экспортёрами, разработка общего знака горийских фруктов, обустройство пункта приёма фруктов в Никози и пилотный проект капельного орошения в Вариани."
                ),
            ],
        },
    },
]


# Partners named in the plan's actions (one per line on the action).
EU_M4EG = {
    "ka": "ევროკავშირის ინიციატივა „მერები ეკონომიკური ზრდისთვის“ (M4EG)",
    "en": "EU initiative “Mayors for Economic Growth” (M4EG)",
    "ru": "Инициатива ЕС «Мэры за экономический рост» (M4EG)",
}
RURAL_DEVELOPMENT_AGENCY = {"ka": "სოფლის განვითარების სააგენტო", "en": "Rural Development Agency", "ru": "Агентство развития села"}
AMELIORATION = {"ka": "შპს „საქართველოს მელიორაცია“", "en": "Georgian Amelioration LLC", "ru": "ООО «Мелиорация Грузии»"}
UNIVERSITY = {"ka": "გორის სახელმწიფო უნივერსიტეტი", "en": "Gori State University", "ru": "Горийский государственный университет"}
ENTERPRISE_GEORGIA = {"ka": "სააგენტო „აწარმოე საქართველოში“", "en": "Enterprise Georgia", "ru": "Агентство «Производи в Грузии»"}
FOOD_AGENCY = {"ka": "სურსათის ეროვნული სააგენტო", "en": "National Food Agency", "ru": "Национальное агентство продовольствия"}
COOPERATIVES = {
    "ka": "გორის მუნიციპალიტეტის სასოფლო-სამეურნეო კოოპერატივები",
    "en": "Agricultural cooperatives of Gori municipality",
    "ru": "Сельскохозяйственные кооперативы муниципалитета Гори",
}

MONITORING_DOCUMENT_TITLE = "Monitoring of the Gori LED plan: indicator measurements, October 2026 (CSV)"
BASELINE_DATE = date(2023, 12, 31)
TARGET_DATE = date(2027, 12, 31)

# What each action of ACTIONS measures and costs. Indicators: (key, names, unit, baseline, target, measurements
# as (date, value)[, target date]); baselines are the agency's 2023 figures, targets those of 2027 unless given.
# Budget: (source, planned, spent) in lari; the EU's M4EG grant is the donor money.
PLAN_FIGURES = {
    "marketplace": {
        "building_block": "external_marketing",
        "partners": [EU_M4EG],
        "indicators": [
            ("marketplace-farmers", {"ka": "ფერმერები, რომელთაც Agrofarm-ზე განცხადება აქვთ", "en": "Farmers with a listing on Agrofarm", "ru": "Фермеры с объявлением на Agrofarm"},
             "farmer", 0, 400, [(date(2026, 6, 30), 85), (date(2026, 10, 31), 162)]),
            ("marketplace-listings", {"ka": "Agrofarm-ზე გამოქვეყნებული განცხადებები", "en": "Listings published on Agrofarm", "ru": "Объявления, опубликованные на Agrofarm"},
             "listing", 0, 1200, [(date(2026, 6, 30), 240), (date(2026, 10, 31), 530)]),
        ],
        "budget": [("municipal", 18000, 18000), ("donor", 42000, 41350)],
    },
    "fairs": {
        "building_block": "business_environment",
        "partners": [COOPERATIVES],
        "indicators": [
            ("fairs-farmers", {"ka": "ბაზრობებზე მოვაჭრე ფერმერები", "en": "Farmers selling at the seasonal fairs", "ru": "Фермеры, торгующие на сезонных ярмарках"},
             "farmer", 35, 150, [(date(2026, 5, 31), 58), (date(2026, 10, 11), 74)]),
        ],
        "budget": [("municipal", 40000, 16500), ("private", 10000, 3200)],
    },
    "exporters": {
        "building_block": "external_marketing",
        "partners": [ENTERPRISE_GEORGIA, EU_M4EG],
        "indicators": [
            ("exporters-contracts", {"ka": "მიწოდების ხელშეკრულებები საბითუმო მყიდველებთან და ექსპორტიორებთან", "en": "Supply contracts with wholesale buyers and exporters", "ru": "Договоры поставки с оптовыми покупателями и экспортёрами"},
             "contract", 2, 25, []),
        ],
        "budget": [("municipal", 8000, 0), ("donor", 35000, 0)],
    },
    "label": {
        "building_block": "external_marketing",
        "partners": [FOOD_AGENCY, EU_M4EG],
        "indicators": [
            ("label-farms", {"ka": "მეურნეობები, რომლებიც გორული ხილის ნიშანს იყენებენ", "en": "Farms using the Gori fruit label", "ru": "Хозяйства, использующие знак горийских фруктов"},
             "farm", 0, 120, []),
        ],
        "budget": [("municipal", 12000, 0), ("donor", 20000, 0)],
    },
    "organic-training": {
        "building_block": "skills",
        "partners": [UNIVERSITY, EU_M4EG],
        "indicators": [
            ("organic-trained", {"ka": "ბიოწარმოებაში გადამზადებული ფერმერები", "en": "Farmers trained in organic production", "ru": "Фермеры, прошедшие обучение органическому производству"},
             "farmer", 0, 300, [(date(2026, 6, 30), 96), (date(2026, 10, 31), 148)]),
            ("organic-certified", {"ka": "ბიოსერტიფიკატის მქონე მეურნეობები", "en": "Farms with an organic certificate", "ru": "Хозяйства с биосертификатом"},
             "farm", 3, 20, [(date(2026, 10, 31), 5)]),
        ],
        "budget": [("state", 25000, 11000), ("donor", 30000, 14200)],
    },
    "online-selling": {
        "building_block": "skills",
        "partners": [EU_M4EG],
        "indicators": [
            ("online-trained", {"ka": "ონლაინ გაყიდვებში გადამზადებული ფერმერები", "en": "Farmers trained to sell online", "ru": "Фермеры, обученные продавать онлайн"},
             "farmer", 0, 60, [(date(2026, 6, 30), 60)]),
        ],
        "budget": [("municipal", 6000, 5800), ("donor", 9000, 8700)],
    },
    "storage-training": {
        "building_block": "skills",
        "partners": [RURAL_DEVELOPMENT_AGENCY],
        "indicators": [
            ("storage-trained", {"ka": "შენახვასა და შეფუთვაში გადამზადებული ფერმერები", "en": "Farmers trained in storage and packaging", "ru": "Фермеры, обученные хранению и упаковке"},
             "farmer", 0, 150, []),
        ],
        "budget": [("municipal", 4000, 0), ("state", 12000, 0)],
    },
    "young-farmers": {
        "building_block": "cooperation",
        "partners": [RURAL_DEVELOPMENT_AGENCY, ENTERPRISE_GEORGIA],
        "indicators": [
            ("young-advised", {"ka": "კონსულტირებული ახალგაზრდა ფერმერები (35 წლამდე)", "en": "Young farmers (under 35) advised by the desk", "ru": "Молодые фермеры (до 35 лет), получившие консультацию"},
             "farmer", 0, 250, [(date(2026, 10, 31), 41)]),
            ("cooperatives", {"ka": "მუნიციპალიტეტში რეგისტრირებული სასოფლო-სამეურნეო კოოპერატივები", "en": "Agricultural cooperatives registered in the municipality", "ru": "Сельскохозяйственные кооперативы, зарегистрированные в муниципалитете"},
             "cooperative", 14, 30, [(date(2026, 10, 31), 17)]),
        ],
        "budget": [("municipal", 30000, 4500)],
    },
    "irrigation": {
        "building_block": "land_and_infrastructure",
        "partners": [AMELIORATION],
        "indicators": [
            ("channels", {"ka": "აღდგენილი სარწყავი არხები", "en": "Irrigation channels restored", "ru": "Восстановленные оросительные каналы"},
             "kilometre", 0, 18, [(date(2026, 8, 31), 4), (date(2026, 10, 31), 6.5)]),
            ("irrigated-land", {"ka": "სარწყავი წყლით საიმედოდ უზრუნველყოფილი მიწა ტირძნისისა და ქარალეთის თემებში", "en": "Farmland with a reliable supply of irrigation water in Tirdznisi and Karaleti", "ru": "Земли с надёжным поливом в общинах Тирдзниси и Каралети"},
             "hectare", 1200, 2400, [(date(2026, 10, 31), 1520)]),
        ],
        "budget": [("municipal", 180000, 61000), ("state", 350000, 118000)],
    },
    "cold-storage-study": {
        "building_block": "land_and_infrastructure",
        "partners": [UNIVERSITY, EU_M4EG],
        "indicators": [
            ("surveyed", {"ka": "შენახვის საჭიროებებზე გამოკითხული ფერმერები", "en": "Farmers surveyed on their storage needs", "ru": "Фермеры, опрошенные о потребностях в хранении"},
             "farmer", 0, 200, [(date(2026, 3, 31), 236)]),
        ],
        "budget": [("municipal", 3000, 3000), ("donor", 15000, 14600)],
    },
    "collection-point": {
        "building_block": "land_and_infrastructure",
        "partners": [COOPERATIVES, EU_M4EG],
        "indicators": [
            ("cold-capacity", {"ka": "მცირე ფერმერებისთვის ხელმისაწვდომი სამაცივრე სიმძლავრე", "en": "Cold-storage capacity open to small farmers", "ru": "Холодильные мощности, доступные мелким фермерам"},
             "tonne", 300, 800, [], date(2028, 5, 31)),
        ],
        "budget": [("municipal", 150000, 0), ("donor", 450000, 0), ("private", 120000, 0)],
    },
    "drip-irrigation": {
        "building_block": "finance",
        "partners": [RURAL_DEVELOPMENT_AGENCY, EU_M4EG],
        "indicators": [
            ("drip-orchards", {"ka": "წვეთოვანი მორწყვის ბაღები ვარიანში", "en": "Orchards under drip irrigation in Variani", "ru": "Сады с капельным орошением в Вариани"},
             "hectare", 15, 120, []),
            ("drip-farms", {"ka": "მეურნეობები, რომლებიც წვეთოვან სისტემას თანადაფინანსებით იძენენ", "en": "Farms co-financing a drip system", "ru": "Хозяйства, софинансирующие капельную систему"},
             "farm", 0, 60, []),
        ],
        "budget": [("municipal", 25000, 0), ("donor", 160000, 0), ("private", 40000, 0)],
    },
}
