"""Demo catalogue data: categories, villages of Gori municipality, farmers and their offers in three languages.

What Gori's villages sell across the year: fruit and berries, vegetables and greens, dairy, eggs and poultry,
livestock and meat, honey, wine, nuts, preserves, saplings and seedlings, and farm services.

Villages are community centres from ../shared/data/gori-communities.csv. People and phone numbers are
invented for the demo.
"""

from datetime import date
from decimal import Decimal as D
from typing import NamedTuple

# The order of every (ka, en, ru) tuple below.
TEXT_LANGUAGES = ("ka", "en", "ru")


class DemoFarmer(NamedTuple):
    """A demo farmer's page: `names` and `stories` in Georgian, English and Russian."""

    key: str
    village: str
    phone: str
    whatsapp: bool
    viber: bool
    phone_consent: bool
    email: str
    certificates: list  # (kind, number) of the farm's certificates
    names: tuple
    stories: tuple


class DemoProduct(NamedTuple):
    """A demo offer of the farmer with key `farmer`; `texts` holds (title, description) in ka, en and ru."""

    farmer: str
    category: str
    price: D
    unit: str
    months: list
    quantity: D
    minimum_order: D
    delivers: bool
    featured: bool
    sold_out: bool
    translated: bool  # False leaves the English and Russian pages as untranslated copies
    certificates: list  # (kind, number) of the product's certificates
    texts: tuple

    def title(self, language):
        return self.texts[TEXT_LANGUAGES.index(language)][0]

    def description(self, language):
        return self.texts[TEXT_LANGUAGES.index(language)][1]


# slug, parent slug, kind, icon, sort order, names (ka, en, ru)
CATEGORIES = [
    ("khili", None, "goods", "🍎", 10, ("ხილი", "Fruit", "Фрукты")),
    ("vashli", "khili", "goods", "🍏", 11, ("ვაშლი", "Apples", "Яблоки")),
    ("atami", "khili", "goods", "🍑", 12, ("ატამი", "Peaches", "Персики")),
    ("kliavi", "khili", "goods", "🫐", 13, ("ქლიავი", "Plums", "Сливы")),
    ("qurdzeni-da-ghvino", None, "goods", "🍇", 20, ("ყურძენი და ღვინო", "Grapes and wine", "Виноград и вино")),
    ("tapli", None, "goods", "🍯", 30, ("თაფლი", "Honey", "Мёд")),
    ("rdzis-natsarmi", None, "goods", "🥛", 40, ("რძის ნაწარმი", "Dairy", "Молочные продукты")),
    ("churchkhela", None, "goods", "🍬", 50, ("ჩურჩხელა და ტკბილეული", "Churchkhela and sweets", "Чурчхела и сладости")),
    ("bostneuli", None, "goods", "🥕", 60, ("ბოსტნეული", "Vegetables", "Овощи")),
    ("kakali", None, "goods", "🌰", 70, ("კაკალი და თხილი", "Walnuts and hazelnuts", "Грецкие орехи и фундук")),
    ("tqemali", None, "goods", "🫙", 80, ("ტყემალი და სოუსები", "Tkemali and sauces", "Ткемали и соусы")),
    ("kvertskhi-da-prinveli", None, "goods", "🥚", 45, ("კვერცხი და ფრინველი", "Eggs and poultry", "Яйца и птица")),
    ("pirutqvi-da-khortsi", None, "goods", "🐄", 47, ("პირუტყვი და ხორცი", "Livestock and meat", "Скот и мясо")),
    ("mtsvanili", "bostneuli", "goods", "🌿", 61, ("მწვანილი", "Greens and herbs", "Зелень")),
    ("mtsnili-da-konservi", None, "goods", "🥒", 82, ("მწნილი და კონსერვი", "Pickles and preserves", "Соленья и заготовки")),
    ("nergebi-da-chitilebi", None, "goods", "🌱", 85, ("ნერგები და ჩითილები", "Saplings and seedlings", "Саженцы и рассада")),
    ("momsakhureba", None, "services", "🚜", 90, ("სასოფლო მომსახურება", "Farm services", "Услуги для фермеров")),
    ("khvna", "momsakhureba", "services", "🚜", 91, ("ხვნა", "Ploughing", "Вспашка")),
    ("kombaini", "momsakhureba", "services", "🌾", 92, ("კომბაინით მოსავლის აღება", "Combine harvesting", "Уборка урожая комбайном")),
    ("baghis-movla", "momsakhureba", "services", "✂️", 93, ("ბაღის მოვლა", "Orchard care", "Уход за садом")),
    ("tvirtis-gadazidva", "momsakhureba", "services", "🚚", 94, ("ტვირთის გადაზიდვა", "Transport", "Грузоперевозки")),
]

# Community centre villages (slug = community key in products/communities.py), names ka, en, ru.
VILLAGES = [
    ("nikozi", ("ნიქოზი", "Nikozi", "Никози")),
    ("ateni", ("ატენი", "Ateni", "Атени")),
    ("karaleti", ("ქარალეთი", "Karaleti", "Каралети")),
    ("variani", ("ვარიანი", "Variani", "Вариани")),
    ("tkviavi", ("ტყვიავი", "Tkviavi", "Тквиави")),
    ("shindisi", ("შინდისი", "Shindisi", "Шиндиси")),
    ("skra", ("სკრა", "Skra", "Скра")),
    ("kvakhvreli", ("კვახვრელი", "Kvakhvreli", "Квахврели")),
    ("mejvriskhevi", ("მეჯვრისხევი", "Mejvriskhevi", "Меджврисхеви")),
    ("khidistavi", ("ხიდისთავი", "Khidistavi", "Хидистави")),
    ("berbuki", ("ბერბუკი", "Berbuki", "Бербуки")),
    ("tirdznisi", ("ტირძნისი", "Tirdznisi", "Тирдзниси")),
    ("dzevera", ("ძევერა", "Dzevera", "Дзевера")),
    ("mereti", ("მერეთი", "Mereti", "Мерети")),
    ("akhalubani", ("ახალუბანი", "Akhalubani", "Ахалубани")),
    ("ditsi", ("დიცი", "Ditsi", "Дици")),
    ("zegduleti", ("ზეღდულეთი", "Zegduleti", "Зегдулети")),
]

# Drawing of each category's photos: palette (sky, ground, accent) and shape for core.demo.draw_image.
CATEGORY_PICTURES = {
    "khili": (((208, 228, 246), (104, 160, 72), (200, 40, 60)), "fruit"),
    "kvertskhi-da-prinveli": (((226, 236, 246), (150, 170, 90), (240, 232, 214)), "fruit"),
    "pirutqvi-da-khortsi": (((210, 228, 244), (118, 164, 80), (120, 80, 50)), "field"),
    "mtsvanili": (((216, 236, 246), (96, 150, 64), (60, 150, 60)), "sheaf"),
    "mtsnili-da-konservi": (((228, 232, 242), (120, 150, 80), (90, 140, 60)), "jar"),
    "nergebi-da-chitilebi": (((214, 232, 246), (140, 110, 70), (80, 160, 70)), "sheaf"),
    "baghis-movla": (((210, 230, 246), (108, 158, 74), (170, 120, 60)), "field"),
    "tvirtis-gadazidva": (((206, 224, 242), (150, 140, 110), (40, 90, 160)), "field"),
    "vashli": (((205, 228, 246), (104, 160, 72), (196, 36, 36)), "fruit"),
    "atami": (((214, 232, 248), (120, 168, 80), (240, 150, 90)), "fruit"),
    "kliavi": (((208, 226, 244), (96, 150, 70), (92, 48, 120)), "fruit"),
    "qurdzeni-da-ghvino": (((220, 230, 246), (110, 140, 70), (110, 30, 70)), "fruit"),
    "tapli": (((236, 232, 210), (150, 170, 90), (222, 160, 30)), "jar"),
    "rdzis-natsarmi": (((222, 236, 248), (120, 176, 96), (245, 245, 238)), "jar"),
    "churchkhela": (((238, 226, 210), (150, 130, 80), (150, 40, 50)), "sheaf"),
    "bostneuli": (((212, 234, 246), (92, 140, 60), (230, 110, 30)), "fruit"),
    "kakali": (((226, 232, 238), (130, 150, 80), (150, 110, 60)), "fruit"),
    "tqemali": (((222, 232, 244), (110, 150, 70), (150, 30, 30)), "jar"),
    "khvna": (((206, 222, 240), (130, 100, 60), (200, 40, 30)), "field"),
    "kombaini": (((214, 226, 242), (200, 170, 80), (60, 130, 60)), "field"),
}

FARMER_PICTURE = ((208, 228, 244), (110, 160, 80), (140, 100, 60))

# One DemoFarmer a row, written as a plain tuple (converted at the end of this file).
FARMERS = [
    (
        "giorgi-beridze", "nikozi", "+995 555 10 20 01", True, True, True, "", [("organic", "CC-BIO-2024-117")],
        ("გიორგი ბერიძე", "Giorgi Beridze", "Георгий Беридзе"),
        (
            "ნიქოზში სამი ჰექტარი ვაშლისა და ატმის ბაღი გვაქვს. ბაღს მამაჩემმა ჩაუყარა საფუძველი, ახლა შვილებთან ერთად ბიოწარმოებაზე გადავედით.",
            "We have three hectares of apple and peach orchards in Nikozi. My father planted them; now my children and I have switched to organic growing.",
            "У нас три гектара яблоневого и персикового сада в Никози. Сад заложил мой отец, а теперь мы с детьми перешли на органическое производство.",
        ),
    ),
    (
        "nino-kapanadze", "nikozi", "+995 555 10 20 02", True, False, True, "nino.kapanadze@example.ge", [],
        ("ნინო კაპანაძე", "Nino Kapanadze", "Нино Капанадзе"),
        (
            "ოცდაათი სკა მაქვს ლიახვის ხეობაში. ფუტკარი აკაციასა და მინდვრის ყვავილებზე მუშაობს.",
            "I keep thirty hives in the Liakhvi valley. The bees work on acacia and meadow flowers.",
            "Держу тридцать ульев в долине Лиахви. Пчёлы работают на акации и луговых цветах.",
        ),
    ),
    (
        "levan-maisuradze", "ateni", "+995 555 10 20 03", True, True, True, "", [("gi", "GE-GI-ATENURI-031")],
        ("ლევან მაისურაძე", "Levan Maisuradze", "Леван Майсурадзе"),
        (
            "ატენის ხეობაში ჩინური და გორული მწვანე მოგვყავს და ღვინოს ქვევრში ვაყენებთ, როგორც ჩვენი წინაპრები.",
            "In the Ateni gorge we grow Chinuri and Goruli Mtsvane grapes and make wine in qvevri, as our ancestors did.",
            "В Атенском ущелье мы выращиваем Чинури и Горули Мцване и делаем вино в квеври, как наши предки.",
        ),
    ),
    (
        "tamar-gelashvili", "ateni", "+995 555 10 20 04", False, True, True, "", [],
        ("თამარ გელაშვილი", "Tamar Gelashvili", "Тамар Гелашвили"),
        (
            "ქლიავის ბაღი და პატარა სახლის საამქრო მაქვს: ტყემალს ძველი ოჯახური რეცეპტით ვამზადებ.",
            "I have a plum orchard and a small home kitchen where I make tkemali to an old family recipe.",
            "У меня сливовый сад и небольшой домашний цех: ткемали готовлю по старому семейному рецепту.",
        ),
    ),
    (
        "davit-tsiklauri", "karaleti", "+995 555 10 20 05", True, False, True, "", [],
        ("დავით წიკლაური", "Davit Tsiklauri", "Давид Циклаури"),
        (
            "ქარალეთში ღია გრუნტში მოგვყავს პომიდორი, კიტრი, წიწაკა და კარტოფილი. ვრწყავთ მდინარის წყლით.",
            "In Karaleti we grow tomatoes, cucumbers, peppers and potatoes in the open field, watered from the river.",
            "В Каралети выращиваем в открытом грунте помидоры, огурцы, перец и картофель, поливаем речной водой.",
        ),
    ),
    (
        "manana-japaridze", "karaleti", "+995 555 10 20 06", True, True, True, "", [("veterinary", "VET-GORI-2025-044")],
        ("მანანა ჯაფარიძე", "Manana Japaridze", "Манана Джапаридзе"),
        (
            "თორმეტი ძროხა გვყავს. ყოველ დილას ვამზადებთ მაწონს, ყველსა და ნადუღს.",
            "We keep twelve cows. Every morning we make matsoni, cheese and nadughi.",
            "У нас двенадцать коров. Каждое утро делаем мацони, сыр и надуги.",
        ),
    ),
    (
        "zurab-khutsishvili", "variani", "+995 555 10 20 07", True, False, True, "", [],
        ("ზურაბ ხუციშვილი", "Zurab Khutsishvili", "Зураб Хуцишвили"),
        (
            "ვარიანში ვაშლის ბაღი მაქვს და ტრაქტორით მეზობლებს მიწას ვუხნავ.",
            "I have an apple orchard in Variani and plough my neighbours' land with my tractor.",
            "У меня яблоневый сад в Вариани, а своим трактором я вспахиваю землю соседям.",
        ),
    ),
    (
        "eka-lomidze", "tkviavi", "+995 555 10 20 08", False, False, False, "", [("globalgap", "GGN-4063061888123")],
        ("ეკა ლომიძე", "Eka Lomidze", "Эка Ломидзе"),
        (
            "ტყვიავის ბაღებში ვაშლი და ატამი მოგვყავს, მათ შორის ექსპორტისთვის, GLOBALG.A.P.-ის სტანდარტით.",
            "In the orchards of Tkviavi we grow apples and peaches, for export too, to the GLOBALG.A.P. standard.",
            "В садах Тквиави выращиваем яблоки и персики, в том числе на экспорт, по стандарту GLOBALG.A.P.",
        ),
    ),
    (
        "gela-mamulashvili", "tkviavi", "+995 555 10 20 09", True, True, True, "", [],
        ("გელა მამულაშვილი", "Gela Mamulashvili", "Гела Мамулашвили"),
        (
            "ორი კომბაინი და ტრაქტორი მაქვს. შიდა ქართლის მთელ ბარში ვმუშაობ: ვხნავ, ვთესავ და მოსავალს ვიღებ.",
            "I own two combines and a tractor and work all over the Shida Kartli plain: ploughing, sowing and harvesting.",
            "У меня два комбайна и трактор. Работаю по всей равнине Шида-Картли: пашу, сею, убираю урожай.",
        ),
    ),
    (
        "maia-natroshvili", "shindisi", "+995 555 10 20 10", True, False, True, "", [("organic", "CC-BIO-2023-088")],
        ("მაია ნატროშვილი", "Maia Natroshvili", "Майя Натрошвили"),
        (
            "შინდისში ფუტკარი და კაკლის ძველი ბაღი გვაქვს. თაფლს ცივად ვწურავთ.",
            "In Shindisi we keep bees and an old walnut orchard. Our honey is cold-extracted.",
            "В Шиндиси у нас пчёлы и старый ореховый сад. Мёд откачиваем холодным способом.",
        ),
    ),
    (
        "irakli-gogoladze", "skra", "+995 555 10 20 11", True, True, True, "", [],
        ("ირაკლი გოგოლაძე", "Irakli Gogoladze", "Ираклий Гоголадзе"),
        (
            "სკრაში ატმისა და ქლიავის ბაღი გვაქვს ლიახვის პირას. ხილს ხელით ვკრეფთ.",
            "We have a peach and plum orchard on the bank of the Liakhvi in Skra. Every fruit is picked by hand.",
            "У нас персиковый и сливовый сад на берегу Лиахви в Скре. Все плоды собираем вручную.",
        ),
    ),
    (
        "ketevan-abashidze", "kvakhvreli", "+995 555 10 20 12", False, True, True, "", [],
        ("ქეთევან აბაშიძე", "Ketevan Abashidze", "Кетеван Абашидзе"),
        (
            "კვახვრელში ცხვარი და თხა გვყავს. ვაკეთებთ გუდის ყველს და მაწონს.",
            "In Kvakhvreli we keep sheep and goats and make guda cheese and matsoni.",
            "В Квахврели держим овец и коз, делаем сыр гуда и мацони.",
        ),
    ),
    (
        "vakhtang-kavtaradze", "mejvriskhevi", "+995 555 10 20 13", True, False, True, "", [],
        ("ვახტანგ ქავთარაძე", "Vakhtang Kavtaradze", "Вахтанг Кавтарадзе"),
        (
            "მეჯვრისხევში კაკლის ხეები ბაბუაჩემმა დარგო. შემოდგომაზე ჩურჩხელას მთელი ოჯახით ვამზადებთ.",
            "My grandfather planted our walnut trees in Mejvriskhevi. In autumn the whole family makes churchkhela.",
            "Ореховые деревья в Меджврисхеви посадил мой дед. Осенью всей семьёй делаем чурчхелу.",
        ),
    ),
    (
        "lali-tsereteli", "khidistavi", "+995 555 10 20 14", True, True, False, "", [],
        ("ლალი წერეთელი", "Lali Tsereteli", "Лали Церетели"),
        (
            "ხიდისთავში სათბური და ბოსტანი მაქვს. ზამთარში ტყემალსა და აჯიკას ვამზადებ.",
            "I have a greenhouse and a vegetable garden in Khidistavi. In winter I make tkemali and ajika.",
            "В Хидистави у меня теплица и огород. Зимой готовлю ткемали и аджику.",
        ),
    ),
    (
        "meputkreoba-liakhvi", "variani", "+995 555 10 20 15", True, True, True, "liakhvi.apiary@example.ge",
        [("organic", "CC-BIO-2025-203")],
        ("მეფუტკრეობა „ლიახვი“", "Liakhvi Apiary", "Пасека «Лиахви»"),
        (
            "ოჯახური საფუტკრე ვარიანში: ასზე მეტი სკა, რომლებსაც ზაფხულში მთაში, ყვავილოვან საძოვრებზე გადავიყვანთ.",
            "A family apiary in Variani: over a hundred hives that we take up to the mountain meadows in summer.",
            "Семейная пасека в Вариани: более ста ульев, которые летом мы вывозим на горные луга.",
        ),
    ),
    (
        "nana-beruashvili", "berbuki", "+995 555 10 20 16", True, True, True, "", [("veterinary", "VET-GORI-2026-012")],
        ("ნანა ბერუაშვილი", "Nana Beruashvili", "Нана Беруашвили"),
        (
            "ბერბუკში ორასამდე ქათამი და ინდაური გვყავს. ფრინველი ეზოში თავისუფლად დადის და შინაურ საკვებს ჭამს.",
            "We keep about two hundred hens and turkeys in Berbuki. The birds roam the yard freely and eat home-grown feed.",
            "В Бербуки у нас около двухсот кур и индеек. Птица свободно гуляет по двору и ест домашний корм.",
        ),
    ),
    (
        "tengiz-gogiashvili", "tirdznisi", "+995 555 10 20 17", True, False, True, "", [("veterinary", "VET-GORI-2026-027")],
        ("თენგიზ გოგიაშვილი", "Tengiz Gogiashvili", "Тенгиз Гогиашвили"),
        (
            "ტირძნისში ძროხებსა და ცხვრებს ვამრავლებ. ზაფხულში ფარა მთის საძოვრებზე გადაგვყავს.",
            "I breed cattle and sheep in Tirdznisi. In summer we drive the flock up to the mountain pastures.",
            "В Тирдзниси развожу коров и овец. Летом перегоняем отару на горные пастбища.",
        ),
    ),
    (
        "mariam-kikvadze", "dzevera", "+995 555 10 20 18", True, True, True, "", [],
        ("მარიამ კიკვაძე", "Mariam Kikvadze", "Мариам Киквадзе"),
        (
            "ძევერაში ორი სათბური მაქვს. გაზაფხულზე ბოსტნეულის ჩითილს ვყიდი, დანარჩენ დროს კი მწვანილი მომყავს.",
            "I have two greenhouses in Dzevera. In spring I sell vegetable seedlings, and the rest of the year I grow herbs.",
            "В Дзевере у меня две теплицы. Весной продаю рассаду овощей, а в остальное время выращиваю зелень.",
        ),
    ),
    (
        "besik-chkheidze", "mereti", "+995 555 10 20 19", True, False, True, "besik.nursery@example.ge", [],
        ("ბესიკ ჩხეიძე", "Besik Chkheidze", "Бесик Чхеидзе"),
        (
            "მერეთში სანერგე მაქვს: ვაშლის, ატმისა და ვაზის ნერგები ადგილობრივ საძირეზე.",
            "I run a nursery in Mereti: apple, peach and grapevine saplings on local rootstock.",
            "В Мерети у меня питомник: саженцы яблони, персика и винограда на местном подвое.",
        ),
    ),
    (
        "natela-gvaramadze", "akhalubani", "+995 555 10 20 20", True, True, True, "", [("veterinary", "VET-GORI-2026-031")],
        ("ნათელა გვარამაძე", "Natela Gvaramadze", "Натела Гварамадзе"),
        (
            "ახალუბანში რვა ძროხა გვყავს. სულგუნს, ხაჭოსა და კარაქს შინ ვამზადებთ, ძველი წესით.",
            "We keep eight cows in Akhalubani and make sulguni, cottage cheese and butter at home, the old way.",
            "В Ахалубани у нас восемь коров. Сулугуни, творог и сливочное масло делаем дома, по старинке.",
        ),
    ),
    (
        "badri-khizanishvili", "ditsi", "+995 555 10 20 21", True, False, True, "", [],
        ("ბადრი ხიზანიშვილი", "Badri Khizanishvili", "Бадри Хизанишвили"),
        (
            "დიცში კარტოფილი, კომბოსტო, ლობიო და ნიორი მომყავს. მოსავალს სარდაფში ვინახავ, ამიტომ გაზაფხულამდე ვყიდი.",
            "In Ditsi I grow potatoes, cabbage, beans and garlic. I keep the harvest in my cellar, so I sell until spring.",
            "В Дици выращиваю картофель, капусту, фасоль и чеснок. Урожай храню в погребе, поэтому продаю до весны.",
        ),
    ),
    (
        "khatuna-meladze", "zegduleti", "+995 555 10 20 22", False, True, True, "", [],
        ("ხათუნა მელაძე", "Khatuna Meladze", "Хатуна Меладзе"),
        (
            "ზეღდულეთში მარწყვი და ჟოლო მომყავს, ბაღის ხილისგან კი მურაბას ვხარშავ.",
            "In Zegduleti I grow strawberries and raspberries and make jam from our orchard fruit.",
            "В Зегдулети выращиваю клубнику и малину, а из садовых фруктов варю варенье.",
        ),
    ),
    (
        "archil-mchedlishvili", "berbuki", "+995 555 10 20 23", True, True, True, "", [],
        ("არჩილ მჭედლიშვილი", "Archil Mchedlishvili", "Арчил Мчедлишвили"),
        (
            "ბერბუკიდან ვარ. ჩემი სატვირთო მანქანით ფერმერების მოსავალი გორსა და თბილისში გადამაქვს, გაზაფხულზე კი ბაღებს ვწამლავ.",
            "I'm from Berbuki. I carry farmers' harvests to Gori and Tbilisi in my truck, and in spring I spray orchards.",
            "Я из Бербуки. На своём грузовике вожу урожай фермеров в Гори и Тбилиси, а весной опрыскиваю сады.",
        ),
    ),
    (
        "nugzar-beridze", "tirdznisi", "+995 555 10 20 24", True, False, True, "", [],
        ("ნუგზარ ბერიძე", "Nugzar Beridze", "Нугзар Беридзе"),
        (
            "ოცი წელია, ბაღებს ვუვლი: ვასხლავ, ვამყნობ და ახალ ბაღებს ვაშენებ ტირძნისსა და მეზობელ სოფლებში.",
            "I have looked after orchards for twenty years: I prune, graft and plant new orchards in Tirdznisi and nearby villages.",
            "Двадцать лет ухаживаю за садами: обрезаю, прививаю и закладываю новые сады в Тирдзниси и соседних сёлах.",
        ),
    ),
    (
        "irma-kvaratskhelia", "mereti", "+995 555 10 20 25", False, True, True, "", [],
        ("ირმა ქვარაცხელია", "Irma Kvaratskhelia", "Ирма Кварацхелия"),
        (
            "მერეთში ბოსტანი და პატარა საოჯახო საამქრო მაქვს: ვამზადებ ჯონჯოლს, მწნილსა და მჟავე კომბოსტოს.",
            "I have a vegetable garden and a small family kitchen in Mereti, where I make pickled jonjoli, pickles and sauerkraut.",
            "В Мерети у меня огород и небольшой семейный цех: готовлю джонджоли, соленья и квашеную капусту.",
        ),
    ),
    (
        "zaza-tsitsishvili", "akhalubani", "+995 555 10 20 26", True, True, True, "", [("veterinary", "VET-GORI-2026-040")],
        ("ზაზა წიწიშვილი", "Zaza Tsitsishvili", "Заза Цицишвили"),
        (
            "ახალუბანში ღორები და ძროხები გვყავს. ზაფხულში თივას ვთიბავთ, ზამთარში კი პირუტყვი ჩვენსავე საკვებზეა.",
            "In Akhalubani we keep pigs and cows. In summer we make hay, so in winter the animals eat our own feed.",
            "В Ахалубани мы держим свиней и коров. Летом заготавливаем сено, и зимой скот ест наш собственный корм.",
        ),
    ),
    (
        "eter-nozadze", "dzevera", "+995 555 10 20 27", False, False, True, "", [],
        ("ეთერ ნოზაძე", "Eter Nozadze", "Этер Нозадзе"),
        (
            "ძევერაში ძველი საოჯახო ბაღი გვაქვს: ბალი, გარგარი და მსხალი. ყველა ხე ბებიაჩემს აქვს დარგული.",
            "We have an old family orchard in Dzevera: sweet cherries, apricots and pears, every tree planted by my grandmother.",
            "В Дзевере у нас старый семейный сад: черешня, абрикосы и груши. Все деревья сажала моя бабушка.",
        ),
    ),
]


def months(*numbers):
    return list(numbers)


SUMMER_AUTUMN = months(7, 8, 9, 10)
ALL_YEAR = months(*range(1, 13))

# One DemoProduct a row, written as a plain tuple (converted at the end of this file).
PRODUCTS = [
    ("giorgi-beridze", "vashli", D("2.50"), "kg", months(8, 9, 10, 11, 12, 1, 2, 3), D("8000"), D("20"), True, True, False, True,
     [("organic", "CC-BIO-2024-117-A")],
     (("ბიო ვაშლი „გოლდენი“", "ტკბილი, ხრაშუნა ვაშლი ნიქოზის ბიობაღიდან. ვინახავთ სამაცივრეში, ამიტომ გაზაფხულამდე ახალივითაა."),
      ("Organic Golden Delicious apples", "Sweet, crisp apples from our organic orchard in Nikozi. Kept in cold storage, they stay fresh until spring."),
      ("Органические яблоки «Голден»", "Сладкие хрустящие яблоки из органического сада в Никози. Храним в холодильной камере, поэтому до весны они как только что сорванные."))),
    ("giorgi-beridze", "vashli", D("1.80"), "kg", months(9, 10, 11, 12, 1, 2), D("5000"), D("50"), True, False, False, True, [],
     (("ვაშლი „სიმირენკო“", "მწვანე, მომჟავო ვაშლი — კარგია როგორც საჭმელად, ისე ღვეზელისთვის."),
      ("Renet Simirenko apples", "Green, slightly tart apples, good both for eating and for pies."),
      ("Яблоки «Ренет Симиренко»", "Зелёные кисловатые яблоки, хороши и для еды, и для пирогов."))),
    ("giorgi-beridze", "atami", D("3.00"), "kg", months(7, 8), D("1500"), D("10"), True, False, False, True, [],
     (("ნიქოზის ატამი", "წვნიანი, სურნელოვანი ატამი. ვკრეფთ შეკვეთის დღეს, რომ მყიდველამდე მწიფე მივიდეს."),
      ("Nikozi peaches", "Juicy, fragrant peaches, picked on the day of your order so they reach you ripe."),
      ("Персики из Никози", "Сочные ароматные персики. Собираем в день заказа, чтобы они доехали спелыми."))),
    ("giorgi-beridze", "vashli", D("0.90"), "kg", months(9, 10, 11), D("10000"), D("500"), False, False, False, True, [],
     (("ვაშლი წვენისთვის", "ნაკლებად ლამაზი, მაგრამ ტკბილი ვაშლი წვენისა და პიურესთვის. იყიდება დიდი რაოდენობით."),
      ("Apples for juice", "Less pretty but sweet apples for juice and purée, sold in bulk."),
      ("Яблоки для сока", "Не такие красивые, но сладкие яблоки для сока и пюре. Продаём оптом."))),
    ("nino-kapanadze", "tapli", D("30.00"), "jar", months(7, 8, 9, 10, 11, 12), D("120"), D("1"), True, True, False, True, [],
     (("აკაციის თაფლი", "ღია ფერის, ნაზი თაფლი აკაციის ყვავილობიდან. ლიტრიანი ქილა."),
      ("Acacia honey", "Light, delicate honey from the acacia bloom, in one-litre jars."),
      ("Акациевый мёд", "Светлый нежный мёд с цветения акации, в литровых банках."))),
    ("nino-kapanadze", "tapli", D("25.00"), "jar", ALL_YEAR, D("200"), D("1"), True, False, False, True, [],
     (("მინდვრის ყვავილების თაფლი", "მრავალყვავილოვანი თაფლი ლიახვის ხეობის მდელოებიდან. ლიტრიანი ქილა."),
      ("Wildflower honey", "Multi-flower honey from the meadows of the Liakhvi valley, in one-litre jars."),
      ("Мёд из разнотравья", "Мёд с луговых цветов долины Лиахви, в литровых банках."))),
    ("nino-kapanadze", "tapli", D("12.00"), "jar", ALL_YEAR, D("60"), D("1"), False, False, False, False, [],
     (("თაფლი ფიჭაში", "ფიჭიანი თაფლი პატარა ქილებში — ისე, როგორც სკიდან ამოვიღეთ."),
      ("Honey in the comb", "Comb honey in small jars, just as it came out of the hive."),
      ("Сотовый мёд", "Мёд в сотах в небольших банках — таким, каким мы достали его из улья."))),
    ("levan-maisuradze", "qurdzeni-da-ghvino", D("18.00"), "litre", ALL_YEAR, D("600"), D("1"), True, True, False, True,
     [("gi", "GE-GI-ATENURI-031-W")],
     (("ატენური ქვევრის ღვინო", "ჩინურისა და გორული მწვანისგან დაყენებული თეთრი ღვინო, ქვევრში დადუღებული."),
      ("Atenuri qvevri wine", "White wine from Chinuri and Goruli Mtsvane grapes, fermented in qvevri."),
      ("Атенури, вино из квеври", "Белое вино из Чинури и Горули Мцване, сброженное в квеври."))),
    ("levan-maisuradze", "qurdzeni-da-ghvino", D("1.60"), "kg", months(9, 10), D("4000"), D("100"), False, False, False, True, [],
     (("ყურძენი „ჩინური“", "ღვინისთვის ვარგისი ჩინური, რთველის დროს. თავად მოჭრით ან ჩვენ მოგიჭრით."),
      ("Chinuri grapes", "Chinuri wine grapes at harvest time. Pick them yourself, or we pick them for you."),
      ("Виноград Чинури", "Винный виноград Чинури во время ртвели. Соберёте сами или соберём мы."))),
    ("levan-maisuradze", "churchkhela", D("3.50"), "piece", months(10, 11, 12, 1, 2, 3), D("500"), D("5"), True, False, False, True, [],
     (("ჩურჩხელა ყურძნის ტკბილით", "კაკლის ჩურჩხელა ატენური ყურძნის ბადაგით, შემოდგომაზე მოხარშული."),
      ("Churchkhela with grape must", "Walnut churchkhela dipped in thickened Ateni grape must, made in autumn."),
      ("Чурчхела на виноградном соке", "Чурчхела с грецким орехом в бадаги из атенского винограда, сварена осенью."))),
    ("tamar-gelashvili", "kliavi", D("2.00"), "kg", months(7, 8, 9), D("2000"), D("10"), False, False, False, True, [],
     (("ქლიავი „ვენგერკა“", "მუქი ლურჯი, ტკბილი ქლიავი. კარგია ჩირისა და მურაბისთვის."),
      ("Hungarian blue plums", "Dark blue, sweet plums, good for drying and for jam."),
      ("Слива «Венгерка»", "Тёмно-синяя сладкая слива, хороша для сушки и варенья."))),
    ("tamar-gelashvili", "tqemali", D("8.00"), "jar", ALL_YEAR, D("300"), D("1"), True, True, False, True, [],
     (("წითელი ტყემალი", "ტყემალი ომბალოთი, ქინძითა და ნივრით, ნახევარლიტრიან ქილაში."),
      ("Red tkemali sauce", "Plum sauce with pennyroyal, coriander and garlic, in half-litre jars."),
      ("Красный ткемали", "Соус из слив с омбало, кинзой и чесноком, в поллитровых банках."))),
    ("tamar-gelashvili", "tqemali", D("9.00"), "jar", months(5, 6, 7, 8, 9, 10, 11, 12), D("150"), D("1"), True, False, False, True, [],
     (("მწვანე ტყემალი", "მჟავე მწვანე ტყემალი ახალგაზრდა ქლიავისგან — თევზისა და მწვადისთვის."),
      ("Green tkemali sauce", "Sour green sauce from young plums, for fish and mtsvadi."),
      ("Зелёный ткемали", "Кислый зелёный соус из молодых слив — к рыбе и мцвади."))),
    ("tamar-gelashvili", "kliavi", D("15.00"), "kg", ALL_YEAR, D("80"), D("1"), False, False, True, True, [],
     (("ქლიავის ჩირი", "მზეზე გამხმარი ქლიავი, შაქრისა და კონსერვანტის გარეშე."),
      ("Sun-dried prunes", "Plums dried in the sun, with no sugar or preservatives."),
      ("Чернослив", "Сливы, высушенные на солнце, без сахара и консервантов."))),
    ("davit-tsiklauri", "bostneuli", D("2.20"), "kg", months(7, 8, 9), D("3000"), D("10"), True, True, False, True, [],
     (("ღია გრუნტის პომიდორი", "ხორციანი, არომატული პომიდორი ქარალეთის ბოსტნიდან."),
      ("Field-grown tomatoes", "Fleshy, fragrant tomatoes from our fields in Karaleti."),
      ("Грунтовые помидоры", "Мясистые ароматные помидоры с наших полей в Каралети."))),
    ("davit-tsiklauri", "bostneuli", D("0.80"), "kg", months(8, 9, 10, 11, 12, 1, 2, 3), D("20000"), D("100"), True, False, False, True, [],
     (("კარტოფილი", "ყვითელი, კარგად შესანახი კარტოფილი. ვყიდით 50-კილოიანი ტომრებით."),
      ("Potatoes", "Yellow potatoes that keep well, sold in 50 kg sacks."),
      ("Картофель", "Жёлтый лёжкий картофель, продаём мешками по 50 кг."))),
    ("davit-tsiklauri", "bostneuli", D("3.00"), "kg", months(7, 8, 9, 10), D("1000"), D("5"), False, False, False, True, [],
     (("ბულგარული წიწაკა", "წითელი და ყვითელი წიწაკა, სქელკედლიანი."),
      ("Bell peppers", "Thick-walled red and yellow peppers."),
      ("Болгарский перец", "Толстостенный красный и жёлтый перец."))),
    ("davit-tsiklauri", "bostneuli", D("1.50"), "bunch", months(4, 5, 6, 7, 8, 9, 10), D("500"), D("10"), True, False, False, True, [],
     (("მწვანილი: ქინძი, ოხრახუში, კამა", "ახალი მწვანილი კონებად, დილით მოკრეფილი."),
      ("Fresh herbs: coriander, parsley, dill", "Fresh herbs in bunches, picked in the morning."),
      ("Зелень: кинза, петрушка, укроп", "Свежая зелень пучками, собрана утром."))),
    ("manana-japaridze", "rdzis-natsarmi", D("3.00"), "jar", ALL_YEAR, D("40"), D("1"), True, True, False, True,
     [("veterinary", "VET-GORI-2025-044-M")],
     (("სოფლის მაწონი", "ძროხის რძის სქელი მაწონი თიხის ქოთანში, ყოველდღე ახალი."),
      ("Village matsoni", "Thick matsoni from cow's milk in a clay pot, fresh every day."),
      ("Деревенское мацони", "Густое мацони из коровьего молока в глиняном горшочке, каждый день свежее."))),
    ("manana-japaridze", "rdzis-natsarmi", D("14.00"), "kg", ALL_YEAR, D("100"), D("1"), True, False, False, True, [],
     (("იმერული ყველი", "რბილი, ახალი ყველი ხაჭაპურისთვის და სუფრისთვის."),
      ("Imeruli cheese", "Soft, fresh cheese for khachapuri and the table."),
      ("Имеретинский сыр", "Мягкий свежий сыр для хачапури и к столу."))),
    ("manana-japaridze", "rdzis-natsarmi", D("2.50"), "litre", ALL_YEAR, D("60"), D("2"), True, False, False, True, [],
     (("ახალი რძე", "დილის მოწველილი ძროხის რძე, ადუღებისთვის."),
      ("Fresh milk", "Cow's milk from the morning milking, for boiling."),
      ("Свежее молоко", "Коровье молоко утреннего надоя, для кипячения."))),
    ("zurab-khutsishvili", "vashli", D("1.70"), "kg", months(9, 10, 11, 12, 1, 2, 3, 4), D("15000"), D("300"), True, False, False, True, [],
     (("ვაშლი „ფუჯი“", "ტკბილი, მკვრივი ვაშლი ვარიანიდან. ყუთებით ან დიდი რაოდენობით."),
      ("Fuji apples", "Sweet, firm apples from Variani, by the box or in bulk."),
      ("Яблоки «Фуджи»", "Сладкие плотные яблоки из Вариани, ящиками или оптом."))),
    ("zurab-khutsishvili", "vashli", D("20.00"), "box", months(9, 10, 11, 12, 1, 2, 3), D("400"), D("1"), True, False, False, True, [],
     (("ვაშლი ყუთით (18 კგ)", "შერჩეული ვაშლი 18-კილოიან ყუთებში, საჩუქრად ან ოჯახისთვის."),
      ("Apples by the box (18 kg)", "Hand-sorted apples in 18 kg boxes, for a family or as a gift."),
      ("Яблоки ящиком (18 кг)", "Отборные яблоки в ящиках по 18 кг — для семьи или в подарок."))),
    ("zurab-khutsishvili", "khvna", D("120.00"), "hour", months(3, 4, 5, 9, 10, 11), None, D("1"), False, False, False, True, [],
     (("მიწის ხვნა ტრაქტორით", "ვხნავ ბაღებსა და ბოსტნებს ვარიანსა და მეზობელ სოფლებში. ფასი ჰექტარზეა დამოკიდებული."),
      ("Ploughing with a tractor", "I plough orchards and vegetable plots in Variani and nearby villages; the price depends on the plot."),
      ("Вспашка трактором", "Вспахиваю сады и огороды в Вариани и соседних сёлах. Цена зависит от участка."))),
    ("eka-lomidze", "vashli", D("2.10"), "kg", months(9, 10, 11, 12, 1, 2, 3, 4, 5), D("30000"), D("1000"), True, False, False, True,
     [("globalgap", "GGN-4063061888123-A")],
     (("საექსპორტო ვაშლი „რედ დელიშესი“", "კალიბრირებული ვაშლი GLOBALG.A.P. სერტიფიკატით, ექსპორტისთვის მზად."),
      ("Export Red Delicious apples", "Calibrated apples with GLOBALG.A.P. certification, ready for export."),
      ("Экспортные яблоки «Ред Делишес»", "Калиброванные яблоки с сертификатом GLOBALG.A.P., готовы к экспорту."))),
    ("eka-lomidze", "atami", D("2.80"), "kg", months(7, 8, 9), D("6000"), D("100"), True, False, False, True, [],
     (("ატამი „რედ ჰევენი“", "დიდი, წითელლოყება ატამი ტყვიავის ბაღებიდან."),
      ("Redhaven peaches", "Large, red-cheeked peaches from the orchards of Tkviavi."),
      ("Персики «Редхейвен»", "Крупные румяные персики из садов Тквиави."))),
    ("eka-lomidze", "atami", D("3.50"), "kg", months(8, 9), D("2000"), D("50"), True, False, False, True, [],
     (("ნექტარინი", "გლუვკანიანი, ტკბილი ნექტარინი, ყუთებში დაფასოებული."),
      ("Nectarines", "Smooth-skinned, sweet nectarines, packed in boxes."),
      ("Нектарины", "Гладкие сладкие нектарины, упакованы в ящики."))),
    ("gela-mamulashvili", "kombaini", D("250.00"), "hour", months(6, 7, 8), None, D("2"), True, True, False, True, [],
     (("ხორბლისა და ქერის აღება კომბაინით", "კომბაინი „ჯონ დირი“ მემანქანესთან ერთად. ვმუშაობთ გორის მუნიციპალიტეტის მთელ ტერიტორიაზე."),
      ("Wheat and barley harvesting by combine", "A John Deere combine with its operator, anywhere in Gori municipality."),
      ("Уборка пшеницы и ячменя комбайном", "Комбайн John Deere с механизатором, по всему Горийскому муниципалитету."))),
    ("gela-mamulashvili", "khvna", D("150.00"), "hour", months(3, 4, 10, 11), None, D("2"), True, False, False, True, [],
     (("ღრმა ხვნა და კულტივაცია", "ღრმა ხვნა, დისკვა და კულტივაცია სათესად მოსამზადებლად."),
      ("Deep ploughing and cultivation", "Deep ploughing, disking and cultivation to prepare land for sowing."),
      ("Глубокая вспашка и культивация", "Глубокая вспашка, дискование и культивация под посев."))),
    ("gela-mamulashvili", "kombaini", D("1800.00"), "day", months(6, 7, 8, 9), None, D("1"), True, False, False, True, [],
     (("კომბაინი დღიური ქირით", "კომბაინის ქირა მთელი დღით, საწვავითა და მემანქანით."),
      ("Combine hire by the day", "Hire the combine for a full day, with fuel and an operator."),
      ("Аренда комбайна посуточно", "Аренда комбайна на целый день с топливом и механизатором."))),
    ("maia-natroshvili", "tapli", D("35.00"), "jar", ALL_YEAR, D("80"), D("1"), True, True, False, True,
     [("organic", "CC-BIO-2023-088-H")],
     (("ბიო წაბლის თაფლი", "მუქი, ოდნავ მწარე წაბლის თაფლი, ბიოსერტიფიკატით. ლიტრიანი ქილა."),
      ("Organic chestnut honey", "Dark, slightly bitter chestnut honey, certified organic, in one-litre jars."),
      ("Органический каштановый мёд", "Тёмный, чуть горьковатый каштановый мёд с органическим сертификатом, в литровых банках."))),
    ("maia-natroshvili", "kakali", D("18.00"), "kg", months(10, 11, 12, 1, 2, 3, 4), D("300"), D("1"), True, False, False, True, [],
     (("გარჩეული კაკალი", "ახალი მოსავლის გარჩეული კაკალი, მთელი ნახევრები."),
      ("Shelled walnuts", "Shelled walnuts from the new harvest, whole halves."),
      ("Очищенный грецкий орех", "Очищенный орех нового урожая, целые половинки."))),
    ("maia-natroshvili", "kakali", D("7.00"), "kg", months(9, 10, 11, 12), D("1000"), D("10"), False, False, False, True, [],
     (("კაკალი ნაჭუჭით", "ნაჭუჭიანი კაკალი, გამომშრალი და ტომრებში ჩაყრილი."),
      ("Walnuts in the shell", "Walnuts in their shells, dried and packed in sacks."),
      ("Грецкий орех в скорлупе", "Орех в скорлупе, высушенный, в мешках."))),
    ("irakli-gogoladze", "atami", D("2.60"), "kg", months(7, 8, 9), D("4000"), D("20"), True, False, False, True, [],
     (("ლიახვის ატამი", "ტკბილი ატამი მდინარის პირა ბაღიდან, ხელით მოკრეფილი."),
      ("Liakhvi peaches", "Sweet peaches from our riverside orchard, picked by hand."),
      ("Персики с Лиахви", "Сладкие персики из прибрежного сада, собраны вручную."))),
    ("irakli-gogoladze", "kliavi", D("1.90"), "kg", months(8, 9), D("2500"), D("20"), True, False, False, True, [],
     (("ქლიავი „ანა შპეტი“", "გვიანი, დიდი და ტკბილი ქლიავი."),
      ("Anna Späth plums", "Large, sweet late-season plums."),
      ("Слива «Анна Шпет»", "Поздняя крупная сладкая слива."))),
    ("irakli-gogoladze", "kliavi", D("1.20"), "kg", months(6, 7), D("1500"), D("10"), False, False, False, False, [],
     (("ტყემლის ნაყოფი სოუსისთვის", "მწვანე და ყვითელი ტყემალი, სოუსის მოსამზადებლად."),
      ("Sour cherry plums for sauce", "Green and yellow cherry plums for making tkemali sauce."),
      ("Алыча для соуса", "Зелёная и жёлтая алыча для ткемали."))),
    ("ketevan-abashidze", "rdzis-natsarmi", D("22.00"), "kg", ALL_YEAR, D("150"), D("1"), True, False, False, True, [],
     (("გუდის ყველი", "ცხვრის რძის მარილიანი ყველი, ტყავის გუდაში დავარგებული."),
      ("Guda cheese", "Salty sheep's milk cheese, aged in a sheepskin sack."),
      ("Сыр гуда", "Солёный сыр из овечьего молока, выдержанный в бурдюке."))),
    ("ketevan-abashidze", "rdzis-natsarmi", D("4.00"), "jar", ALL_YEAR, D("30"), D("1"), True, False, False, True, [],
     (("ცხვრის მაწონი", "სქელი, ოდნავ მომჟავო ცხვრის რძის მაწონი."),
      ("Sheep's milk matsoni", "Thick, slightly sour matsoni from sheep's milk."),
      ("Мацони из овечьего молока", "Густое, слегка кисловатое мацони из овечьего молока."))),
    ("ketevan-abashidze", "rdzis-natsarmi", D("350.00"), "head", months(4, 5, 9, 10), D("20"), D("1"), False, False, False, True, [],
     (("თუშური ცხვარი", "ჯანმრთელი, აცრილი თუშური ცხვარი გასამრავლებლად."),
      ("Tushetian sheep", "Healthy, vaccinated Tushetian sheep for breeding."),
      ("Тушинские овцы", "Здоровые привитые тушинские овцы для разведения."))),
    ("vakhtang-kavtaradze", "kakali", D("16.00"), "kg", months(10, 11, 12, 1, 2, 3), D("500"), D("1"), True, False, False, True, [],
     (("მეჯვრისხევის კაკალი", "თხელნაჭუჭიანი კაკალი, გარჩეული, ახალი მოსავლის."),
      ("Mejvriskhevi walnuts", "Thin-shelled walnuts, shelled, from the new harvest."),
      ("Грецкий орех из Меджврисхеви", "Тонкоскорлупый орех нового урожая, очищенный."))),
    ("vakhtang-kavtaradze", "churchkhela", D("3.00"), "piece", months(10, 11, 12, 1, 2, 3, 4), D("800"), D("10"), True, True, False, True, [],
     (("კაკლის ჩურჩხელა", "ტრადიციული ჩურჩხელა კაკლითა და თეთრი ყურძნის ბადაგით."),
      ("Walnut churchkhela", "Traditional churchkhela with walnuts and white grape must."),
      ("Чурчхела с грецким орехом", "Традиционная чурчхела с орехами и белым виноградным бадаги."))),
    ("vakhtang-kavtaradze", "churchkhela", D("40.00"), "box", months(10, 11, 12, 1, 2, 3), D("50"), D("1"), True, False, False, False, [],
     (("ჩურჩხელის საჩუქრის ყუთი", "თორმეტი ჩურჩხელა ხის ყუთში: კაკლით, თხილითა და ნუშით."),
      ("Churchkhela gift box", "Twelve churchkhela in a wooden box: with walnuts, hazelnuts and almonds."),
      ("Подарочная коробка чурчхелы", "Двенадцать чурчхел в деревянной коробке: с грецким орехом, фундуком и миндалём."))),
    ("lali-tsereteli", "bostneuli", D("4.00"), "kg", months(1, 2, 3, 4, 5, 11, 12), D("800"), D("5"), True, False, False, True, [],
     (("სათბურის კიტრი", "ზამთრის კიტრი ხიდისთავის სათბურიდან."),
      ("Greenhouse cucumbers", "Winter cucumbers from our greenhouse in Khidistavi."),
      ("Тепличные огурцы", "Зимние огурцы из теплицы в Хидистави."))),
    ("lali-tsereteli", "tqemali", D("10.00"), "jar", ALL_YEAR, D("100"), D("1"), True, False, False, True, [],
     (("ცხარე აჯიკა", "ცხარე წითელი აჯიკა ხმელი წიწაკით და სუნელებით."),
      ("Ajika hot pepper paste", "Spicy red ajika with dried peppers and spices."),
      ("Аджика", "Острая красная аджика с сушёным перцем и пряностями."))),
    ("lali-tsereteli", "bostneuli", None, "kg", months(5, 6, 7, 8, 9, 10), None, D("5"), False, False, False, True, [],
     (("ბადრიჯანი", "სათბურისა და ღია გრუნტის ბადრიჯანი. ფასი შეთანხმებით, რაოდენობის მიხედვით."),
      ("Aubergines", "Greenhouse and field-grown aubergines. Price on request, depending on quantity."),
      ("Баклажаны", "Тепличные и грунтовые баклажаны. Цена по запросу, в зависимости от объёма."))),
    ("meputkreoba-liakhvi", "tapli", D("28.00"), "jar", ALL_YEAR, D("500"), D("1"), True, True, False, True,
     [("organic", "CC-BIO-2025-203-H")],
     (("მთის ყვავილების ბიო თაფლი", "ზაფხულის ალპური მდელოების თაფლი, ბიოსერტიფიკატით. ლიტრიანი ქილა."),
      ("Organic mountain flower honey", "Honey from summer alpine meadows, certified organic, in one-litre jars."),
      ("Органический горный мёд", "Мёд с летних альпийских лугов, с органическим сертификатом, в литровых банках."))),
    ("meputkreoba-liakhvi", "tapli", D("45.00"), "jar", months(6, 7, 8, 9), D("40"), D("1"), True, False, False, True, [],
     (("ფუტკრის ჭეო", "ახალი ფუტკრის ჭეო 250-გრამიან ქილაში."),
      ("Bee pollen", "Fresh bee pollen in 250 g jars."),
      ("Пчелиная пыльца", "Свежая пчелиная пыльца в банках по 250 г."))),
    ("meputkreoba-liakhvi", "tapli", D("240.00"), "piece", months(4, 5, 6), D("30"), D("1"), False, False, True, True, [],
     (("ფუტკრის ოჯახი სკით", "ძლიერი ფუტკრის ოჯახი ახალ სკაში, გაზაფხულზე."),
      ("Bee colony with hive", "A strong bee colony in a new hive, in spring."),
      ("Пчелосемья с ульем", "Сильная пчелосемья в новом улье, весной."))),
    # Eggs, poultry, livestock and meat
    ("nana-beruashvili", "kvertskhi-da-prinveli", D("0.50"), "piece", ALL_YEAR, D("3000"), D("10"), True, False, False, True, [],
     (("სოფლის კვერცხი", "თავისუფლად მოსიარულე ქათმების კვერცხი, ყოველდღე ახალი. ვყიდით ათ-ათი ცალით."),
      ("Free-range eggs", "Eggs from free-range hens, fresh every day, sold by the ten."),
      ("Деревенские яйца", "Яйца от кур свободного выгула, каждый день свежие. Продаём десятками."))),
    ("nana-beruashvili", "kvertskhi-da-prinveli", D("18.00"), "kg", months(11, 12), D("600"), D("5"), True, False, False, True, [],
     (("ინდაური საახალწლოდ", "შინაური ინდაური, სიმინდით გამოკვებილი. შეკვეთებს ნოემბრიდან ვიღებთ, ფრინველს ვასუფთავებთ და გორში მოგიტანთ."),
      ("Turkey for New Year", "Home-reared turkey fed on maize. We take orders from November, dress the bird and deliver it in Gori."),
      ("Индейка к Новому году", "Домашняя индейка на кукурузном откорме. Заказы принимаем с ноября, птицу разделываем и привозим по Гори."))),
    ("nana-beruashvili", "kvertskhi-da-prinveli", D("15.00"), "piece", months(3, 4, 5, 9, 10), D("100"), D("5"), False, False, False, True, [],
     (("კვერცხისმდებელი ქათმები", "ერთი წლის აცრილი კვერცხისმდებელი ქათმები თქვენი ეზოსთვის."),
      ("Laying hens", "Vaccinated one-year-old laying hens for your yard."),
      ("Куры-несушки", "Привитые годовалые куры-несушки для вашего двора."))),
    ("tengiz-gogiashvili", "pirutqvi-da-khortsi", D("250.00"), "head", months(3, 4, 5), D("40"), D("1"), False, False, False, True, [],
     (("ბატკნები", "გაზაფხულის ბატკნები ჩვენი ფარიდან, ჯანმრთელი და აცრილი."),
      ("Spring lambs", "Spring lambs from our flock, healthy and vaccinated."),
      ("Ягнята", "Весенние ягнята из нашей отары, здоровые и привитые."))),
    ("tengiz-gogiashvili", "pirutqvi-da-khortsi", D("900.00"), "head", months(4, 5, 9, 10), D("10"), D("1"), False, False, False, True, [],
     (("ხბორები გასაზრდელად", "ექვსი თვის ხბორები ვეტერინარის ცნობით."),
      ("Calves for rearing", "Six-month-old calves with a vet's certificate."),
      ("Телята на доращивание", "Шестимесячные телята со справкой ветеринара."))),
    ("tengiz-gogiashvili", "pirutqvi-da-khortsi", D("22.00"), "kg", months(10, 11, 12, 1), D("800"), D("5"), True, False, False, True, [],
     (("ხბოს ხორცი", "ახალი ხბოს ხორცი, ვეტერინარის შემოწმებით. შეკვეთისამებრ ვჭრით."),
      ("Veal", "Fresh veal, checked by a vet and cut to order."),
      ("Телятина", "Свежая телятина, проверенная ветеринаром. Разделываем по заказу."))),
    ("zaza-tsitsishvili", "pirutqvi-da-khortsi", D("120.00"), "head", months(3, 4, 5, 9, 10), D("30"), D("1"), False, False, False, True, [],
     (("გოჭები", "ორი თვის გოჭები გასაზრდელად, ვეტერინარის შემოწმებით."),
      ("Piglets", "Two-month-old piglets for rearing, checked by a vet."),
      ("Поросята", "Двухмесячные поросята на доращивание, осмотренные ветеринаром."))),
    ("zaza-tsitsishvili", "pirutqvi-da-khortsi", D("16.00"), "kg", months(11, 12, 1), D("400"), D("3"), True, False, False, True, [],
     (("ღორის ხორცი", "შინაური ღორის ახალი ხორცი, ვეტერინარის შემოწმებით. შეკვეთისამებრ ვჭრით."),
      ("Pork", "Fresh pork from home-reared pigs, checked by a vet and cut to order."),
      ("Свинина", "Свежая свинина от домашних свиней, проверенная ветеринаром. Разделываем по заказу."))),
    ("zaza-tsitsishvili", "pirutqvi-da-khortsi", D("2500.00"), "head", months(3, 4, 5, 9, 10), D("3"), D("1"), False, False, False, True, [],
     (("მეწველი ძროხა", "ქართული მთის ჯიშის ძროხა, დღეში 10 ლიტრამდე რძეს იძლევა."),
      ("Dairy cow", "A cow of the Georgian Mountain breed, giving up to 10 litres of milk a day."),
      ("Дойная корова", "Корова грузинской горной породы, даёт до 10 литров молока в день."))),
    # Dairy
    ("natela-gvaramadze", "rdzis-natsarmi", D("16.00"), "kg", ALL_YEAR, D("200"), D("1"), True, False, False, True, [],
     (("სულგუნი", "ახალი სულგუნი ძროხის რძისგან, ყოველდღე ვამზადებთ."),
      ("Sulguni cheese", "Fresh sulguni from cow's milk, made every day."),
      ("Сулугуни", "Свежий сулугуни из коровьего молока, делаем каждый день."))),
    ("natela-gvaramadze", "rdzis-natsarmi", D("8.00"), "kg", ALL_YEAR, D("100"), D("1"), True, False, False, True, [],
     (("შინაური ხაჭო", "რბილი, ცხიმიანი ხაჭო ძროხის რძისგან."),
      ("Farmhouse cottage cheese", "Soft, full-fat cottage cheese from cow's milk."),
      ("Домашний творог", "Мягкий жирный творог из коровьего молока."))),
    ("natela-gvaramadze", "rdzis-natsarmi", D("28.00"), "kg", ALL_YEAR, D("50"), D("0.5"), True, False, False, True, [],
     (("ნაღების კარაქი", "შინ დამზადებული კარაქი სოფლის ნაღებისგან."),
      ("Farmhouse butter", "Butter made at home from village cream."),
      ("Домашнее сливочное масло", "Сливочное масло домашнего приготовления из деревенских сливок."))),
    ("manana-japaridze", "rdzis-natsarmi", D("10.00"), "jar", ALL_YEAR, D("60"), D("1"), True, False, False, True, [],
     (("ნადუღი პიტნით", "ნაზი ნადუღი პიტნით, ნახევარკილოიან ქილაში."),
      ("Nadughi with mint", "Delicate nadughi curd cheese with mint, in half-kilo jars."),
      ("Надуги с мятой", "Нежный надуги с мятой, в банках по полкило."))),
    # Vegetables and greens
    ("badri-khizanishvili", "bostneuli", D("35.00"), "sack", months(9, 10, 11, 12, 1, 2, 3), D("400"), D("1"), True, False, False, True, [],
     (("კარტოფილი ტომრით (50 კგ)", "ყვითელი კარტოფილი 50-კილოიან ტომრებში, სარდაფში შენახული."),
      ("Potatoes by the sack (50 kg)", "Yellow potatoes in 50 kg sacks, kept in the cellar."),
      ("Картофель мешками (50 кг)", "Жёлтый картофель в мешках по 50 кг, хранится в погребе."))),
    ("badri-khizanishvili", "bostneuli", D("0.60"), "kg", months(9, 10, 11, 12, 1, 2), D("10000"), D("50"), True, False, False, True, [],
     (("თეთრი კომბოსტო", "მკვრივი, კარგად შესანახი კომბოსტო, დასამწნილებლადაც კარგია."),
      ("White cabbage", "Firm cabbage that keeps well, good for pickling too."),
      ("Белокочанная капуста", "Плотная лёжкая капуста, хороша и для квашения."))),
    ("badri-khizanishvili", "bostneuli", D("6.00"), "kg", months(10, 11, 12, 1, 2, 3, 4, 5), D("800"), D("1"), True, False, False, True, [],
     (("წითელი ლობიო", "ახალი მოსავლის წითელი ლობიო ლობიოსა და ლობიანისთვის."),
      ("Red kidney beans", "Red beans from the new harvest, for lobio and lobiani."),
      ("Красная фасоль", "Красная фасоль нового урожая — для лобио и лобиани."))),
    ("badri-khizanishvili", "bostneuli", D("7.00"), "kg", months(7, 8, 9, 10, 11, 12), D("600"), D("1"), False, False, False, True, [],
     (("ნიორი", "ადგილობრივი, მსხვილკბილა ნიორი."),
      ("Garlic", "Local garlic with large cloves."),
      ("Чеснок", "Местный крупный чеснок."))),
    ("davit-tsiklauri", "bostneuli", D("1.80"), "kg", months(6, 7, 8, 9), D("2000"), D("10"), True, False, False, True, [],
     (("ღია გრუნტის კიტრი", "ხრაშუნა კიტრი სალათისთვის და დასამწნილებლად."),
      ("Field cucumbers", "Crunchy cucumbers for salads and pickling."),
      ("Грунтовые огурцы", "Хрустящие огурцы для салатов и засолки."))),
    ("mariam-kikvadze", "mtsvanili", D("1.00"), "bunch", ALL_YEAR, D("400"), D("10"), True, False, False, True, [],
     (("სათბურის ქინძი", "ახალი ქინძი სათბურიდან, ზამთარშიც. ვყიდით კონებად."),
      ("Greenhouse coriander", "Fresh coriander from the greenhouse, in winter too, sold in bunches."),
      ("Тепличная кинза", "Свежая кинза из теплицы, даже зимой. Продаём пучками."))),
    ("mariam-kikvadze", "mtsvanili", D("1.20"), "bunch", months(5, 6, 7, 8, 9, 10), D("300"), D("10"), True, False, False, True, [],
     (("ტარხუნა და რეჰანი", "სურნელოვანი ტარხუნა და იისფერი რეჰანი, დილით მოჭრილი."),
      ("Tarragon and purple basil", "Fragrant tarragon and purple basil, cut in the morning."),
      ("Тархун и рейхан", "Ароматный тархун и фиолетовый базилик — рейхан, срезанные утром."))),
    ("lali-tsereteli", "mtsvanili", D("1.00"), "bunch", months(11, 12, 1, 2, 3, 4), D("500"), D("10"), True, False, False, True, [],
     (("ზამთრის მწვანილი: ოხრახუში და კამა", "სათბურში მოყვანილი ოხრახუში და კამა, ზამთარსა და გაზაფხულზე."),
      ("Winter herbs: parsley and dill", "Greenhouse-grown parsley and dill in winter and spring."),
      ("Зимняя зелень: петрушка и укроп", "Тепличные петрушка и укроп зимой и весной."))),
    # Saplings and seedlings
    ("mariam-kikvadze", "nergebi-da-chitilebi", D("0.60"), "piece", months(3, 4, 5), D("5000"), D("20"), False, False, False, True, [],
     (("პომიდვრის ჩითილი", "ადგილობრივი და ჰიბრიდული ჯიშების ჩითილი კასეტებში, დასარგავად მზად."),
      ("Tomato seedlings", "Seedlings of local and hybrid varieties in trays, ready to plant."),
      ("Рассада помидоров", "Рассада местных и гибридных сортов в кассетах, готова к высадке."))),
    ("mariam-kikvadze", "nergebi-da-chitilebi", D("0.70"), "piece", months(3, 4, 5), D("3000"), D("20"), False, False, False, True, [],
     (("წიწაკისა და ბადრიჯნის ჩითილი", "ტკბილი და ცხარე წიწაკისა და ბადრიჯნის ჩითილი."),
      ("Pepper and aubergine seedlings", "Seedlings of sweet and hot peppers and of aubergines."),
      ("Рассада перца и баклажанов", "Рассада сладкого и острого перца и баклажанов."))),
    ("besik-chkheidze", "nergebi-da-chitilebi", D("8.00"), "piece", months(3, 4, 10, 11), D("2000"), D("5"), True, False, False, True, [],
     (("ვაშლის ნერგები", "ორწლიანი ნერგები: „გოლდენი“, „ფუჯი“, „სიმირენკო“ და ადგილობრივი ჯიშები. დარგვის შესახებ რჩევასაც მოგცემთ."),
      ("Apple saplings", "Two-year-old saplings: Golden Delicious, Fuji, Renet Simirenko and local varieties. We also advise on planting."),
      ("Саженцы яблони", "Двухлетние саженцы: «Голден», «Фуджи», «Ренет Симиренко» и местные сорта. Подскажем, как сажать."))),
    ("besik-chkheidze", "nergebi-da-chitilebi", D("9.00"), "piece", months(3, 4, 10, 11), D("1000"), D("5"), True, False, False, True, [],
     (("ატმისა და ნექტარინის ნერგები", "ადრეული და გვიანი ჯიშები, ადგილობრივ საძირეზე დამყნობილი."),
      ("Peach and nectarine saplings", "Early and late varieties, grafted on local rootstock."),
      ("Саженцы персика и нектарина", "Ранние и поздние сорта, привитые на местный подвой."))),
    ("besik-chkheidze", "nergebi-da-chitilebi", D("4.00"), "piece", months(3, 4, 11), D("3000"), D("20"), True, False, False, True, [],
     (("ვაზის ნერგები", "ჩინურის, გორული მწვანისა და თავკვერის დამყნობილი ნერგები."),
      ("Grapevine saplings", "Grafted Chinuri, Goruli Mtsvane and Tavkveri vines."),
      ("Саженцы винограда", "Привитые саженцы Чинури, Горули Мцване и Тавквери."))),
    # Fruit, berries and preserves
    ("eter-nozadze", "khili", D("5.00"), "kg", months(6), D("1500"), D("5"), False, False, False, True, [],
     (("ბალი", "მსხვილი, მუქი წითელი ბალი, ივნისში."),
      ("Sweet cherries", "Large, dark red sweet cherries, in June."),
      ("Черешня", "Крупная тёмно-красная черешня, в июне."))),
    ("eter-nozadze", "khili", D("3.50"), "kg", months(7), D("1000"), D("5"), False, False, False, True, [],
     (("გარგარი", "ტკბილი, სურნელოვანი გარგარი — საჭმელად და ჩირისთვის."),
      ("Apricots", "Sweet, fragrant apricots for eating and for drying."),
      ("Абрикосы", "Сладкие ароматные абрикосы — к столу и для сушки."))),
    ("eter-nozadze", "khili", D("2.50"), "kg", months(8, 9, 10, 11), D("2000"), D("5"), False, False, False, True, [],
     (("მსხალი „ბერე“", "წვნიანი, ტკბილი მსხალი, სექტემბრიდან."),
      ("Beurré pears", "Juicy, sweet pears, from September."),
      ("Груши «Бере»", "Сочные сладкие груши, с сентября."))),
    ("khatuna-meladze", "khili", D("6.00"), "kg", months(5, 6), D("800"), D("2"), True, False, False, True, [],
     (("მარწყვი", "ტკბილი, სურნელოვანი მარწყვი, დილით მოკრეფილი."),
      ("Strawberries", "Sweet, fragrant strawberries, picked in the morning."),
      ("Клубника", "Сладкая ароматная клубника, собранная утром."))),
    ("khatuna-meladze", "khili", D("10.00"), "kg", months(6, 7, 8), D("300"), D("1"), True, False, False, True, [],
     (("ჟოლო", "ახალი ჟოლო პატარა ყუთებში — საჭმელად და მურაბისთვის."),
      ("Raspberries", "Fresh raspberries in small punnets, for eating and for jam."),
      ("Малина", "Свежая малина в небольших лотках — к столу и для варенья."))),
    ("khatuna-meladze", "khili", D("5.00"), "kg", months(8, 9), D("400"), D("2"), False, False, False, True, [],
     (("შინდი", "მწიფე შინდი საწებლისა და მურაბისთვის."),
      ("Cornelian cherries", "Ripe cornelian cherries for sauce and jam."),
      ("Кизил", "Спелый кизил для соуса и варенья."))),
    ("khatuna-meladze", "mtsnili-da-konservi", D("8.00"), "jar", ALL_YEAR, D("200"), D("1"), True, False, False, True, [],
     (("მარწყვის მურაბა", "მთლიანი კენკრის მურაბა ნახევარლიტრიან ქილაში."),
      ("Strawberry jam", "Whole-berry strawberry jam in half-litre jars."),
      ("Клубничное варенье", "Варенье из целых ягод клубники, в поллитровых банках."))),
    ("irma-kvaratskhelia", "mtsnili-da-konservi", D("9.00"), "jar", ALL_YEAR, D("150"), D("1"), True, False, False, True, [],
     (("ჯონჯოლი", "დამწნილებული ჯონჯოლი ნახევარლიტრიან ქილაში, ხახვითა და ზეთით მისართმევად."),
      ("Pickled jonjoli", "Pickled jonjoli (bladdernut flowers) in half-litre jars, to serve with onion and oil."),
      ("Джонджоли", "Маринованный джонджоли в поллитровых банках — подают с луком и маслом."))),
    ("irma-kvaratskhelia", "mtsnili-da-konservi", D("5.00"), "kg", months(10, 11, 12, 1, 2, 3, 4), D("300"), D("1"), True, False, False, True, [],
     (("მჟავე კომბოსტო ჭარხლით", "ვარდისფერი, ხრაშუნა მჟავე კომბოსტო ჭარხლითა და ნივრით, ქართული წესით."),
      ("Georgian pickled cabbage with beetroot", "Pink, crunchy pickled cabbage with beetroot and garlic, the Georgian way."),
      ("Квашеная капуста со свёклой", "Розовая хрустящая капуста со свёклой и чесноком, по-грузински."))),
    ("levan-maisuradze", "qurdzeni-da-ghvino", D("20.00"), "litre", ALL_YEAR, D("300"), D("1"), True, False, False, True, [],
     (("თავკვერი, წითელი ქვევრის ღვინო", "თავკვერის ყურძნისგან ქვევრში დაყენებული მშრალი წითელი ღვინო."),
      ("Tavkveri red qvevri wine", "Dry red wine from Tavkveri grapes, made in qvevri."),
      ("Тавквери, красное вино из квеври", "Сухое красное вино из винограда тавквери, сделанное в квеври."))),
    # Services
    ("archil-mchedlishvili", "tvirtis-gadazidva", D("40.00"), "hour", ALL_YEAR, None, D("2"), True, False, False, True, [],
     (("მოსავლის გადაზიდვა სატვირთოთი", "ხუთტონიანი სატვირთო მძღოლით: ხილსა და ბოსტნეულს გორსა და თბილისში გადავზიდავთ."),
      ("Produce transport by truck", "A five-tonne truck with a driver: we carry fruit and vegetables to Gori and Tbilisi."),
      ("Перевозка урожая грузовиком", "Пятитонный грузовик с водителем: возим фрукты и овощи в Гори и Тбилиси."))),
    ("archil-mchedlishvili", "baghis-movla", D("60.00"), "hour", months(3, 4, 5, 6, 7), None, D("1"), True, False, False, True, [],
     (("ბაღის წამლობა", "ბაღის წამლობა ტრაქტორის შემასხურებლით. პრეპარატი თქვენია, ან ვიყიდით აგრონომის რჩევით."),
      ("Orchard spraying", "Orchard spraying with a tractor sprayer. Bring your own product, or we buy one on an agronomist's advice."),
      ("Опрыскивание садов", "Опрыскивание садов тракторным опрыскивателем. Препарат ваш, или купим по совету агронома."))),
    ("nugzar-beridze", "baghis-movla", D("5.00"), "piece", months(11, 12, 1, 2, 3), None, D("20"), False, False, False, True, [],
     (("ხეხილის გასხვლა", "ვაშლის, ატმისა და ქლიავის ზამთრის გასხვლა. ფასი ერთ ხეზეა."),
      ("Pruning fruit trees", "Winter pruning of apple, peach and plum trees. The price is per tree."),
      ("Обрезка плодовых деревьев", "Зимняя обрезка яблонь, персиков и слив. Цена за одно дерево."))),
    ("nugzar-beridze", "baghis-movla", D("3.00"), "piece", months(3, 4, 8, 9), None, D("20"), False, False, False, True, [],
     (("ხეხილის მყნობა", "ძველი ხეების გადამყნობა ახალ ჯიშზე, გაზაფხულზე და აგვისტო-სექტემბერში. ფასი ერთ ხეზეა."),
      ("Grafting fruit trees", "Top-working old trees to a new variety, in spring and in August–September. The price is per tree."),
      ("Прививка плодовых деревьев", "Перепрививка старых деревьев на новый сорт весной и в августе–сентябре. Цена за одно дерево."))),
]

# The index pages: slug, titles and introductions (ka, en, ru).
# Farmers an agency officer has visited, and when (the "Met by the agency" mark).
MET_BY_AGENCY = {
    "giorgi-beridze": date(2026, 3, 12),
    "levan-maisuradze": date(2026, 4, 2),
    "davit-tsiklauri": date(2026, 5, 20),
    "eka-lomidze": date(2026, 6, 9),
    "maia-natroshvili": date(2026, 9, 15),
}

PRODUCT_INDEX = (
    "produktebi",
    ("პროდუქცია", "Products", "Товары"),
    (
        "გორის სოფლების ფერმერების ხილი, ბოსტნეული, თაფლი, ღვინო და მომსახურება. დაუკავშირდით ფერმერს პირდაპირ.",
        "Fruit, vegetables, honey, wine and services from the farmers of Gori's villages. Contact the farmer directly.",
        "Фрукты, овощи, мёд, вино и услуги фермеров из сёл Гори. Связывайтесь с фермером напрямую.",
    ),
)
FARMER_INDEX = (
    "permerebi",
    ("ფერმერები", "Farmers", "Фермеры"),
    (
        "გაიცანით გორის მუნიციპალიტეტის სოფლების ფერმერები და მათი მეურნეობები.",
        "Meet the farmers of Gori municipality's villages and their farms.",
        "Познакомьтесь с фермерами сёл Горийского муниципалитета и их хозяйствами.",
    ),
)

# The rows above stay short as plain tuples; the code reads them by field name.
FARMERS = [DemoFarmer._make(row) for row in FARMERS]
PRODUCTS = [DemoProduct._make(row) for row in PRODUCTS]
