"""Demo of the listing form: the form page and "How to sell safely" in three languages, and three listings
waiting for moderators (draft pages in the "Listing moderation" workflow).

Idempotent: pages change only when their text differs, and a demo submission that exists is left alone.
"""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from core.demo import draw_image, locale, source_home, upsert_child, upsert_translations
from listings.intake import create_draft_listing
from listings.models import BuyerRequest, ListingFormPage, ListingSubmission, ListingSubmissionPhoto, WantedPage
from products.models import Category, Village
from products.months import months_to_mask


def _paragraph(text):
    return ("paragraph", "".join(f"<p>{line}</p>" for line in text.strip().split("\n\n")))


def _heading(text):
    return ("heading", {"heading_text": text, "size": "h2"})


SAFETY = {
    "ka": {
        "title": "როგორ გავყიდოთ უსაფრთხოდ",
        "intro": "რამდენიმე მარტივი წესი, რომელიც თაღლითებისგან დაგიცავთ.",
        "body": [
            _heading("წინასწარი გადახდის თაღლითობა"),
            _paragraph(
                "ფრთხილად იყავით, თუ „მყიდველი“ გთხოვთ, ჯერ თქვენ გადაიხადოთ რაიმე — მიტანის, დაზღვევის, საბაჟოს ან „ანგარიშის გააქტიურების“ საფასური. ნამდვილი მყიდველი ფერმერს ფულს არ სთხოვს. არასოდეს გადარიცხოთ თანხა უცნობ ადამიანზე იმისთვის, რომ საქონელი გაყიდოთ."
            ),
            _heading("ყალბი უცხოელი მყიდველები"),
            _paragraph(
                "თაღლითები ხშირად თავს უცხოელ იმპორტიორებად ასაღებენ: გპირდებიან დიდ შეკვეთას და მაღალ ფასს, გიგზავნიან „ბანკის დადასტურებას“ ან ხელშეკრულებას. სანამ საქონელს გაგზავნით, გადაამოწმეთ კომპანია, მოითხოვეთ წინასწარი გადახდა ან აკრედიტივი და დარეკეთ სააგენტოში — გადამოწმებაში დაგეხმარებით."
            ),
            _heading("შეხვედრა და ანგარიშსწორება"),
            _paragraph(
                "მყიდველს შეხვდით ხალხმრავალ ადგილას ან თქვენს მეურნეობაში, დღისით, სასურველია ოჯახის წევრთან ერთად. ნაღდი ფული იქვე შეამოწმეთ. საბანკო გადარიცხვისას საქონელი გაატანეთ მხოლოდ მაშინ, როცა თანხა უკვე თქვენს ანგარიშზეა: ეკრანის სურათი გადახდის დასტური არ არის."
            ),
            _heading("SMS-ით მიღებული კოდი — არავის"),
            _paragraph(
                "არასოდეს უთხრათ ვინმეს SMS-ით მიღებული კოდი, ბარათის ნომერი, PIN-კოდი ან CVV. ამას არც ბანკი, არც სააგენტო და არც ნამდვილი მყიდველი არასოდეს გკითხავთ. ვინც ამას გთხოვთ, თაღლითია."
                "\n\nთუ მყიდველი ან განცხადება საეჭვოა, პროდუქტის გვერდზე დააჭირეთ ბმულს „საჩივარი ამ განცხადებაზე“ ან დაგვიკავშირდით. საჭიროების შემთხვევაში დარეკეთ პოლიციაში, 112-ზე."
            ),
        ],
    },
    "en": {
        "title": "How to sell safely",
        "intro": "A few simple rules that keep you safe from fraudsters.",
        "body": [
            _heading("Prepayment scams"),
            _paragraph(
                "Be careful when a “buyer” asks you to pay something first — a fee for delivery, insurance, customs or “activating an account”. A real buyer never asks a farmer for money. Never transfer money to a stranger in order to sell your goods."
            ),
            _heading("Fake foreign buyers"),
            _paragraph(
                "Fraudsters often pose as importers from abroad: they promise a large order at a high price and send a “bank confirmation” or a contract. Before you ship anything, check the company, ask for payment in advance or a letter of credit, and call the agency — we will help you check."
            ),
            _heading("Meeting and getting paid"),
            _paragraph(
                "Meet buyers in a busy public place or at your farm, in daylight, preferably with a family member. Check cash on the spot. With a bank transfer, hand over the goods only when the money is in your account: a screenshot is not proof of payment."
            ),
            _heading("Never share codes from SMS"),
            _paragraph(
                "Never tell anyone a code you received by SMS, your card number, PIN or CVV. Your bank, the agency and real buyers will never ask for them. Whoever asks is a fraudster."
                "\n\nIf a buyer or a listing looks suspicious, use “Report this listing” on the product page or contact us. If you need to, call the police on 112."
            ),
        ],
    },
    "ru": {
        "title": "Как продавать безопасно",
        "intro": "Несколько простых правил, которые защитят вас от мошенников.",
        "body": [
            _heading("Мошенничество с предоплатой"),
            _paragraph(
                "Будьте осторожны, если «покупатель» просит вас сначала заплатить — за доставку, страховку, таможню или «активацию счёта». Настоящий покупатель никогда не просит денег у фермера. Никогда не переводите деньги незнакомым людям ради продажи товара."
            ),
            _heading("Фальшивые иностранные покупатели"),
            _paragraph(
                "Мошенники часто выдают себя за импортёров из-за рубежа: обещают крупный заказ по высокой цене, присылают «подтверждение из банка» или договор. Прежде чем отправлять товар, проверьте компанию, требуйте предоплату или аккредитив и позвоните в агентство — мы поможем с проверкой."
            ),
            _heading("Встреча и оплата"),
            _paragraph(
                "Встречайтесь с покупателем в людном месте или у себя в хозяйстве, днём, лучше вместе с кем-то из семьи. Наличные проверяйте на месте. При банковском переводе отдавайте товар только тогда, когда деньги уже пришли на ваш счёт: скриншот — не подтверждение оплаты."
            ),
            _heading("Коды из SMS — никому"),
            _paragraph(
                "Никогда никому не сообщайте код из SMS, номер карты, PIN-код или CVV. Ни банк, ни агентство, ни настоящий покупатель никогда их не спросят. Тот, кто просит, — мошенник."
                "\n\nЕсли покупатель или объявление вызывают подозрение, нажмите «Пожаловаться на объявление» на странице товара или свяжитесь с нами. При необходимости звоните в полицию по номеру 112."
            ),
        ],
    },
}

FORM_PAGE = {
    "ka": {
        "title": "განცხადების დამატება",
        "intro": "განათავსეთ თქვენი პროდუქცია ან მომსახურება უფასოდ. სააგენტო შეამოწმებს განცხადებას და გამოაქვეყნებს ქართულ, ინგლისურ და რუსულ ენებზე.",
        "instructions": "<ul><li>ფორმის შევსებას დაახლოებით 5 წუთი სჭირდება.</li><li>გადაიღეთ 1–6 მკაფიო ფოტო დღის სინათლეზე.</li><li>ფასი მიუთითეთ ლარში, ერთ ერთეულზე (მაგალითად, 1 კილოგრამზე).</li></ul>",
        "privacy_text": "<p>ვინახავთ თქვენს სახელს, ტელეფონის ნომერს, სოფელს და განცხადებას. ტელეფონის ნომერს ვაქვეყნებთ მხოლოდ თქვენი თანხმობით, ფოტოებიდან კი ვშლით მდებარეობის (GPS) მონაცემებს. თქვენს მონაცემებს მესამე პირებს არ გადავცემთ.</p>",
        "thank_you_text": "<p>სააგენტოს თანამშრომელი შეამოწმებს თქვენს განცხადებას, ჩვეულებრივ ერთი სამუშაო დღის განმავლობაში, და საჭიროების შემთხვევაში დაგირეკავთ.</p>",
    },
    "en": {
        "title": "Sell your produce",
        "intro": "List your produce or service for free. The agency checks every listing and publishes it in Georgian, English and Russian.",
        "instructions": "<ul><li>Filling in the form takes about 5 minutes.</li><li>Take 1 to 6 clear photos in daylight.</li><li>Give the price in lari for one unit (for example, for 1 kilogram).</li></ul>",
        "privacy_text": "<p>We store your name, phone number, village and listing. Your phone number is published only with your consent, and we remove the location (GPS) data from your photos. We never pass your data to third parties.</p>",
        "thank_you_text": "<p>An agency officer will check your listing, usually within one working day, and call you if anything is unclear.</p>",
    },
    "ru": {
        "title": "Разместить объявление",
        "intro": "Разместите свою продукцию или услугу бесплатно. Агентство проверит объявление и опубликует его на грузинском, английском и русском языках.",
        "instructions": "<ul><li>Заполнение формы занимает около 5 минут.</li><li>Сделайте от 1 до 6 чётких фотографий при дневном свете.</li><li>Укажите цену в лари за одну единицу (например, за 1 килограмм).</li></ul>",
        "privacy_text": "<p>Мы храним ваше имя, номер телефона, село и объявление. Номер телефона публикуется только с вашего согласия, а из фотографий мы удаляем данные о местоположении (GPS). Мы не передаём ваши данные третьим лицам.</p>",
        "thank_you_text": "<p>Сотрудник агентства проверит ваше объявление, обычно в течение одного рабочего дня, и позвонит вам, если что-то будет неясно.</p>",
    },
}

# reference, language, farmer, phone, village slug, category slug, title, description, price, unit, quantity,
# months, photo palette
WAITING_LISTINGS = [
    (
        "DEMO-A", "ka", "ზურაბ ნადირაძე", "+995555103001", "tkviavi", "vashli", "ვაშლი „გოლდენი“",
        "ტკბილი, წვნიანი ვაშლი ჩვენი ბაღიდან. ინახება გაზაფხულამდე. შეფუთვა ყუთებში, 18 კგ.",
        Decimal("1.20"), "kg", Decimal("3000"), [9, 10, 11, 12], ((210, 230, 245), (110, 160, 70), (230, 200, 60)),
    ),
    (
        "DEMO-B", "ka", "ეკა მაისურაშვილი", "+995555103002", "variani", "rdzis-natsarmi", "შინაური იმერული ყველი",
        "ყველი ჩვენი ძროხების რძისგან, ყოველდღე ახალი. შესაძლებელია მიტანა გორში.",
        Decimal("14"), "kg", Decimal("40"), [], ((225, 236, 246), (120, 176, 96), (245, 240, 220)),
    ),
    (
        "DEMO-C", "ru", "Ирина Петросян", "+995555103003", "skra", "kakali", "Грецкие орехи нового урожая",
        "Орехи этого года, высушенные на солнце, в скорлупе. Продаём от 10 кг.",
        Decimal("18"), "kg", Decimal("400"), [9, 10, 11], ((226, 232, 238), (130, 150, 80), (150, 110, 60)),
    ),
]


WANTED_PAGE = {
    "ka": {
        "title": "ვყიდულობ",
        "intro": "მაღაზიები, რესტორნები, გადამამუშავებლები და ექსპორტიორები აქ წერენ, რისი ყიდვა სურთ. ფერმერო, იპოვეთ თქვენი მყიდველი და დაუკავშირდით პირდაპირ.",
        "form_intro": "<p>დაწერეთ, რა, რამდენი და როდის გჭირდებათ. სააგენტო შეამოწმებს მოთხოვნას და გამოაქვეყნებს ქართულ, ინგლისურ და რუსულ ენებზე.</p>",
        "privacy_text": "<p>ვინახავთ თქვენს სახელს ან კომპანიის სახელს, ტელეფონსა და ელფოსტას. საკონტაქტო მონაცემებს ვაჩვენებთ მხოლოდ თქვენი თანხმობით.</p>",
        "thank_you_text": "<p>სააგენტოს თანამშრომელი შეამოწმებს თქვენს მოთხოვნას, ჩვეულებრივ ერთი სამუშაო დღის განმავლობაში.</p>",
    },
    "en": {
        "title": "Wanted",
        "intro": "Shops, restaurants, processors and exporters say here what they want to buy. Farmers: find your buyer and contact them directly.",
        "form_intro": "<p>Say what you need, how much and when. The agency checks your request and publishes it in Georgian, English and Russian.</p>",
        "privacy_text": "<p>We store your name or your company's name, your phone number and email. Your contact details are shown only with your consent.</p>",
        "thank_you_text": "<p>An agency officer will check your request, usually within one working day.</p>",
    },
    "ru": {
        "title": "Куплю",
        "intro": "Магазины, рестораны, переработчики и экспортёры пишут здесь, что хотят купить. Фермеры, найдите своего покупателя и свяжитесь с ним напрямую.",
        "form_intro": "<p>Напишите, что, сколько и когда вам нужно. Агентство проверит заявку и опубликует её на грузинском, английском и русском языках.</p>",
        "privacy_text": "<p>Мы храним ваше имя или название компании, телефон и электронную почту. Контакты показываются только с вашего согласия.</p>",
        "thank_you_text": "<p>Сотрудник агентства проверит вашу заявку, обычно в течение одного рабочего дня.</p>",
    },
}

# reference, language, what, category slug, quantity, unit, village slug or None, months, price, buyer kind,
# buyer, phone, email, note, status
BUYER_REQUESTS = [
    ("WNT3APL", "ru", "Яблоки для сока", "vashli", "10", "tonne", None, [10], "0.60", "processor",
     "Сок-Завод Мцхета", "+995 599 40 50 60", "zakupki@example.ge",
     "Любые сорта, можно некалиброванные. Самовывоз нашим транспортом.", "live"),
    ("WNT7WAL", "en", "Walnuts in shell", "kakali", "2", "tonne", None, [9, 10, 11], None, "exporter",
     "Caucasus Nut Export LLC", "+995 555 70 80 90", "", "Chandler or local varieties, dried, for export.", "live"),
    ("WNT4HNY", "ka", "მთის თაფლი რესტორნისთვის", "tapli", "60", "kg", "ateni", [], "25", "restaurant",
     "რესტორანი „ლიახვი“", "+995 577 11 22 33", "", "ყოველთვიურად, 1-კილოგრამიან ქილებში.", "live"),
    ("WNT9TOM", "ka", "პომიდორი მაღაზიისთვის", "bostneuli", "300", "kg", "karaleti", [7, 8], None, "shop",
     "მარკეტი „გორი“", "", "gori.market@example.ge", "", "waiting"),
]


def load_wanted():
    """The Wanted page in three languages and a few buyers' requests (three on the site, one waiting)."""
    page = upsert_child(source_home(), WantedPage, "vqidulob", show_in_menus=True, **WANTED_PAGE["ka"])
    upsert_translations(page, {code: fields for code, fields in WANTED_PAGE.items() if code != "ka"})
    for (reference, language, what, category, quantity, unit, village, months, price, kind, buyer, phone, email,
         note, status) in BUYER_REQUESTS:
        if BuyerRequest.objects.filter(reference=reference).exists():
            continue
        BuyerRequest.objects.create(
            reference=reference,
            language=language,
            product=what,
            category=Category.objects.get(slug=category, locale__language_code="ka"),
            quantity=Decimal(quantity),
            unit=unit,
            village=Village.objects.get(slug=village, locale__language_code="ka") if village else None,
            months=months_to_mask(months),
            price=Decimal(price) if price else None,
            buyer_kind=kind,
            buyer_name=buyer,
            phone=phone,
            email=email,
            note=note,
            contact_consent=True,
            privacy_consent_at=timezone.now(),
            status=status,
            reviewed_at=timezone.now() if status == "live" else None,
            expires_at=timezone.localdate() + timedelta(days=settings.WANTED_LIFETIME_DAYS)
            if status == "live" else None,
        )
    return page


def load(safety):
    """The listing form page (linking to `safety`, the page on selling safely) and sample submissions."""
    home = source_home()
    # Ids, not page objects: the loader compares values, and a Page never equals its StandardPage.
    form_page = upsert_child(
        home, ListingFormPage, "gaqidva", show_in_menus=True, safety_page_id=safety.pk, **FORM_PAGE["ka"]
    )
    upsert_translations(
        form_page,
        {
            code: {**fields, "safety_page_id": (safety.get_translation_or_none(locale(code)) or safety).pk}
            for code, fields in FORM_PAGE.items()
            if code != "ka"
        },
    )
    for row in WAITING_LISTINGS:
        _waiting_listing(*row)
    wanted = load_wanted()
    return {"listing_form": form_page, "safety": safety, "wanted": wanted}


def _waiting_listing(reference, language, farmer, phone, village, category, title, description, price, unit,
                     quantity, months, palette):
    if ListingSubmission.objects.filter(reference=reference).exists():
        return
    village_row = Village.objects.get(slug=village, locale__language_code="ka")
    category_row = Category.objects.get(slug=category, locale__language_code="ka")
    submission, _token = ListingSubmission.create_with_token(
        language=language,
        farmer_name=farmer,
        phone=phone,
        title=title,
        village=village_row,
        category=category_row,
        phone_consent=True,
        privacy_consent_at=timezone.now(),
        data={
            "farmer_name": farmer,
            "phone": phone,
            "village": village_row.pk,
            "category": category_row.pk,
            "title": title,
            "description": description,
            "price": str(price),
            "price_on_request": False,
            "unit": unit,
            "quantity": str(quantity),
            "months": months_to_mask(months),
            "offers_pickup": True,
            "offers_delivery": False,
            "phone_consent": True,
            "privacy_consent": True,
        },
    )
    submission.reference = reference
    submission.save(update_fields=["reference"])
    for position in range(2):
        image = draw_image(f"Listing {reference} photo {position + 1}", palette, shape="fruit", seed=position,
                           size=(800, 600))
        ListingSubmissionPhoto.objects.create(submission=submission, image=image, sort_order=position)
    create_draft_listing(submission)
