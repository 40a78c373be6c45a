"""The home page, about, privacy page and footer in three languages (news/demo.py adds the plan page)."""


from core.demo import (
    assign_and_publish,
    draw_image,
    locale,
    source_home,
    upsert_child,
    upsert_translation,
    upsert_translations,
)
from home.models import SiteFooter, StandardPage

from . import renamed_slugs


def _paragraph(text):
    return ("paragraph", "".join(f"<p>{line}</p>" for line in text.strip().split("\n\n")))


def _heading(text):
    return ("heading", {"heading_text": text, "size": "h2"})


def _quote(text, who):
    return ("quote", {"text": text, "attribute_name": who})


HOME = {
    "ka": {
        "title": "მთავარი",
        "hero_title": "გორის ფერმერების ბაზარი",
        "hero_text": "გორის მუნიციპალიტეტის სოფლებში მოყვანილი ხილი, ბოსტნეული, თაფლი, ღვინო და სოფლის მეურნეობის მომსახურება — პირდაპირ ფერმერისგან, შუამავლის გარეშე. განცხადების განთავსება უფასოა.",
        "hero_cta_label": "პროდუქციის ნახვა",
    },
    "en": {
        "title": "Home",
        "hero_title": "The farmers' market of Gori",
        "hero_text": "Fruit, vegetables, honey, wine and farm services from the villages of Gori municipality — straight from the farmer, with no middleman. Listing is free.",
        "hero_cta_label": "Browse products",
    },
    "ru": {
        "title": "Главная",
        "hero_title": "Фермерский рынок Гори",
        "hero_text": "Фрукты, овощи, мёд, вино и сельскохозяйственные услуги из сёл Горийского муниципалитета — напрямую от фермера, без посредников. Размещение объявлений бесплатно.",
        "hero_cta_label": "Смотреть товары",
    },
}

ABOUT = {
    "ka": {
        "title": "ჩვენს შესახებ",
        "intro": "Agrofarm არის გორის მუნიციპალიტეტის ფერმერების უფასო ონლაინ ბაზარი და საინფორმაციო პორტალი.",
        "body": [
            _paragraph(
                "პორტალი შექმნა გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტომ ადგილობრივი ეკონომიკური განვითარების გეგმის ფარგლებში, ევროკავშირის ინიციატივის „მერები ეკონომიკური ზრდისთვის“ (M4EG) მხარდაჭერით."
                "\n\nშიდა ქართლის ამ კუთხის ფერმერებს საქართველოში ერთ-ერთი საუკეთესო ვაშლი, ატამი, ქლიავი და ყურძენი მოჰყავთ და შესანიშნავ თაფლს იღებენ, მაგრამ მყიდველამდე მისვლა ხშირად უჭირთ. Agrofarm-ზე ნებისმიერ ფერმერს შეუძლია ტელეფონიდან, რამდენიმე წუთში და უფასოდ განათავსოს განცხადება, ხოლო მყიდველს — საქართველოში თუ საზღვარგარეთ — პირდაპირ დაუკავშირდეს მას."
            ),
            _heading("როგორ მუშაობს"),
            _paragraph(
                "ფერმერი ავსებს მარტივ ფორმას: რას ყიდის, რა ფასად, რომელ თვეებში და რომელი სოფლიდან. სააგენტოს თანამშრომელი ამოწმებს განცხადებას და აქვეყნებს მას. განცხადება ავტომატურად ჩანს ქართულ, ინგლისურ და რუსულ ვერსიებში."
            ),
            _quote("ადრე ვაშლს ბაზარზე ვეზიდებოდი. ახლა მყიდველი თავად მირეკავს.", "ფერმერი ნიქოზიდან"),
        ],
    },
    "en": {
        "title": "About us",
        "intro": "Agrofarm is a free online market and news portal for the farmers of Gori municipality.",
        "body": [
            _paragraph(
                "The portal was created by the Strategic Development Agency of Gori Municipality as part of its Local Economic Development Plan, with the support of the EU initiative “Mayors for Economic Growth” (M4EG)."
                "\n\nFarmers in this corner of Shida Kartli grow some of Georgia's best apples, peaches, plums and grapes and make excellent honey, yet reaching buyers is often the hardest part. On Agrofarm any farmer can post a listing from a phone in a few minutes, free of charge, and buyers in Georgia or abroad can contact them directly."
            ),
            _heading("How it works"),
            _paragraph(
                "A farmer fills in a simple form: what they sell, at what price, in which months and from which village. An agency officer checks the listing and publishes it. It then appears in Georgian, English and Russian."
            ),
            _quote("I used to haul my apples to the bazaar. Now buyers call me.", "A farmer from Nikozi"),
        ],
    },
    "ru": {
        "title": "О нас",
        "intro": "Agrofarm — бесплатный онлайн-рынок и информационный портал для фермеров Горийского муниципалитета.",
        "body": [
            _paragraph(
                "Портал создан Агентством стратегического развития муниципалитета Гори в рамках Плана местного экономического развития при поддержке инициативы Евросоюза «Мэры за экономический рост» (M4EG)."
                "\n\nФермеры этого уголка Шида-Картли выращивают одни из лучших в Грузии яблоки, персики, сливы и виноград и собирают отличный мёд, но найти покупателя им зачастую труднее всего. На Agrofarm любой фермер за несколько минут и бесплатно может разместить объявление с телефона, а покупатели в Грузии и за рубежом — связаться с ним напрямую."
            ),
            _heading("Как это работает"),
            _paragraph(
                "Фермер заполняет простую форму: что он продаёт, по какой цене, в какие месяцы и из какого села. Сотрудник агентства проверяет объявление и публикует его. После этого оно появляется на грузинском, английском и русском языках."
            ),
            _quote("Раньше я возил яблоки на базар. Теперь покупатели звонят мне сами.", "Фермер из Никози"),
        ],
    },
}

PRIVACY = {
    "ka": {
        "title": "კონფიდენციალურობის პოლიტიკა",
        "intro": "როგორ ვინახავთ და ვიყენებთ თქვენს მონაცემებს.",
        "body": [
            _paragraph(
                "განცხადების განთავსებისას ვინახავთ თქვენს სახელს, ტელეფონის ნომერს, სოფელს და განცხადების ტექსტს. ტელეფონის ნომერს ვაქვეყნებთ მხოლოდ თქვენი თანხმობით. თანხმობის გაუქმება ნებისმიერ დროს შეგიძლიათ — დაგვიკავშირდით და ნომერს მაშინვე წავშლით საიტიდან."
                "\n\nთქვენს მონაცემებს არ ვყიდით და არ გადავცემთ მესამე პირებს. სპამისგან დასაცავად IP მისამართს თავად არ ვინახავთ: ვინახავთ მხოლოდ მის ჰეშს, რომელიც საიდუმლო გასაღებით იქმნება და რომლიდანაც მისამართი არ იკითხება."
            ),
        ],
    },
    "en": {
        "title": "Privacy policy",
        "intro": "How we store and use your data.",
        "body": [
            _paragraph(
                "When you post a listing we store your name, phone number, village and the text of your listing. We publish your phone number only with your consent. You can withdraw consent at any time: contact us and we will remove the number from the site at once."
                "\n\nWe never sell your data or pass it to third parties. To protect the site from spam we do not store IP addresses themselves, only a hash of each made with a secret key, from which the address cannot be read."
            ),
        ],
    },
    "ru": {
        "title": "Политика конфиденциальности",
        "intro": "Как мы храним и используем ваши данные.",
        "body": [
            _paragraph(
                "При размещении объявления мы сохраняем ваше имя, номер телефона, село и текст объявления. Номер телефона публикуется только с вашего согласия. Вы можете отозвать согласие в любой момент — свяжитесь с нами, и мы сразу уберём номер с сайта."
                "\n\nМы не продаём ваши данные и не передаём их третьим лицам. Для защиты от спама мы не храним сами IP-адреса, а только их хеш, вычисленный с секретным ключом: по нему адрес прочитать нельзя."
            ),
        ],
    },
}

FOOTER = {
    "ka": {
        "agency_name": "გორის მუნიციპალიტეტის სტრატეგიული განვითარების სააგენტო",
        "address": "ქ. გორი, შიდა ქართლი, საქართველო",
        "about": "Agrofarm — ფერმერების უფასო ბაზარი. განცხადებებს სააგენტო ამოწმებს.",
        "funding_note": "<p>პორტალი შექმნილია ევროკავშირის ინიციატივის „მერები ეკონომიკური ზრდისთვის“ (M4EG) ფარგლებში.</p>",
    },
    "en": {
        "agency_name": "Strategic Development Agency of Gori Municipality",
        "address": "Gori, Shida Kartli, Georgia",
        "about": "Agrofarm is a free market for farmers. The agency checks every listing.",
        "funding_note": "<p>The portal was created under the EU initiative “Mayors for Economic Growth” (M4EG).</p>",
    },
    "ru": {
        "agency_name": "Агентство стратегического развития муниципалитета Гори",
        "address": "г. Гори, Шида-Картли, Грузия",
        "about": "Agrofarm — бесплатный рынок для фермеров. Агентство проверяет каждое объявление.",
        "funding_note": "<p>Портал создан в рамках инициативы Евросоюза «Мэры за экономический рост» (M4EG).</p>",
    },
}

FOOTER_LINK_LABELS = {
    "ka": ("ჩვენს შესახებ", "კონფიდენციალურობის პოლიტიკა"),
    "en": ("About us", "Privacy policy"),
    "ru": ("О нас", "Политика конфиденциальности"),
}

RESULTS_LINK_LABELS = {"ka": "შედეგები და ღია მონაცემები", "en": "Results and open data", "ru": "Результаты и открытые данные"}


def _standard_page(home, slug, texts, image=None, show_in_menus=True):
    source = upsert_child(home, StandardPage, slug, show_in_menus=show_in_menus, image=image, **texts["ka"])
    upsert_translations(source, {code: fields for code, fields in texts.items() if code != "ka"})
    return source


def load():
    renamed_slugs.rename()
    home = source_home()
    hero_image = draw_image("Gori orchards", ((200, 226, 245), (96, 160, 70), (196, 40, 40)), seed=1)
    assign_and_publish(home, hero_image=hero_image, **HOME["ka"])
    about = _standard_page(home, "chvens-shesakheb", ABOUT, image=draw_image(
        "Apple harvest in Nikozi", ((210, 232, 250), (120, 170, 80), (210, 60, 40)), seed=2))
    privacy = _standard_page(home, "konpidentsialurobis-politika", PRIVACY, show_in_menus=False)
    for code in ("en", "ru"):
        upsert_translation(home, code, hero_image=hero_image, **HOME[code])
    _footer(about, privacy)
    return {"about": about, "privacy": privacy}


def standard_page(slug, texts, show_in_menus=False):
    """A standard page under the Georgian home with its translations (the listings demo's safety page)."""
    return _standard_page(source_home(), slug, texts, show_in_menus=show_in_menus)


def _footer(about, privacy):
    for code, fields in FOOTER.items():
        footer_locale = locale(code)
        source = SiteFooter.objects.filter(locale=locale("ka")).first()
        footer = SiteFooter.objects.filter(locale=footer_locale).first()
        if footer is None:
            footer = SiteFooter(locale=footer_locale, email="info@agrofarm.ge")
            if source is not None:
                footer.translation_key = source.translation_key
        about_label, privacy_label = FOOTER_LINK_LABELS[code]
        for name, value in fields.items():
            setattr(footer, name, value)
        footer.email = "info@agrofarm.ge"
        footer.links = [
            ("link", {"label": about_label, "page": about, "url": ""}),
            ("link", {"label": privacy_label, "page": privacy, "url": ""}),
        ]
        footer.save()


def add_footer_link(page, labels):
    """A link to `page` (figures' Results page) at the end of the footer in each language, once."""
    for footer in SiteFooter.objects.all():
        if any(block.block_type == "link" and block.value.get("page") and block.value["page"].pk == page.pk
               for block in footer.links):
            continue
        label = labels.get(footer.locale.language_code, labels["en"])
        footer.links.append(("link", {"label": label, "page": page, "url": ""}))
        footer.save()
# The page on buying safely: linked beside every contact button (the catalogue's "page about buying safely").
BUYING_SAFELY_SLUG = "rogor-viqidot-usaprtkhod"
BUYING_SAFELY = {
    "ka": {
        "title": "როგორ ვიყიდოთ უსაფრთხოდ",
        "intro": "რამდენიმე წესი მყიდველებისთვის: ფერმერთან პირდაპირ ყიდვა მარტივია, თუ იცით, რას მიაქციოთ ყურადღება.",
        "body": [
            _heading("ნიშანი „სააგენტომ მოინახულა“"),
            _paragraph(
                "ეს ნიშანი ნიშნავს, რომ სააგენტოს თანამშრომელი ფერმერს პირადად შეხვდა ან მის მეურნეობაში იყო, მითითებულ თარიღში. ის არ არის ხარისხის გარანტია: პროდუქცია ყოველთვის თავად შეამოწმეთ."
            ),
            _heading("ნახეთ, სანამ გადაიხდით"),
            _paragraph(
                "სჯობს, პროდუქცია ნახოთ ან აიღოთ მეურნეობაში. დიდი შეკვეთისას ჯერ მცირე პარტია იყიდეთ. წინასწარ ნუ გადაიხდით მთელ თანხას ადამიანისთვის, რომელსაც არ იცნობთ."
            ),
            _heading("საეჭვო შემთხვევები"),
            _paragraph(
                "თუ ფასი ძალიან დაბალია, ან გამყიდველი გეჩქარებათ და ფულს უცნობ ანგარიშზე გთხოვთ, შეჩერდით. პროდუქტის გვერდზე დააჭირეთ „საჩივარი ამ განცხადებაზე“ ან დარეკეთ სააგენტოში."
            ),
        ],
    },
    "en": {
        "title": "How to buy safely",
        "intro": "A few rules for buyers: buying straight from a farmer is simple when you know what to look for.",
        "body": [
            _heading("The “Met by the agency” mark"),
            _paragraph(
                "This mark means an agency officer met the farmer in person or visited the farm on the date shown. It is not a guarantee of quality: always check the produce yourself."
            ),
            _heading("See before you pay"),
            _paragraph(
                "Where you can, see the produce or collect it at the farm. For a large order, buy a small lot first. Do not pay the whole amount in advance to someone you do not know."
            ),
            _heading("When something looks wrong"),
            _paragraph(
                "If the price is far too low, or the seller hurries you and asks for money to an unknown account, stop. Use “Report this listing” on the product page or call the agency."
            ),
        ],
    },
    "ru": {
        "title": "Как покупать безопасно",
        "intro": "Несколько правил для покупателей: покупать напрямую у фермера просто, если знать, на что обратить внимание.",
        "body": [
            _heading("Отметка «Лично знаком агентству»"),
            _paragraph(
                "Эта отметка значит, что сотрудник агентства лично встречался с фермером или побывал в его хозяйстве в указанный день. Это не гарантия качества: всегда проверяйте продукцию сами."
            ),
            _heading("Посмотрите, прежде чем платить"),
            _paragraph(
                "По возможности посмотрите продукцию или заберите её в хозяйстве. При крупном заказе сначала купите небольшую партию. Не платите всю сумму вперёд незнакомому человеку."
            ),
            _heading("Если что-то настораживает"),
            _paragraph(
                "Если цена слишком низкая, а продавец торопит и просит перевести деньги на незнакомый счёт, остановитесь. Нажмите «Пожаловаться на объявление» на странице товара или позвоните в агентство."
            ),
        ],
    },
}
