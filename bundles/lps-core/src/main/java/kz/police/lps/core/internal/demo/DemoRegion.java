package kz.police.lps.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Iin;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.Sex;

/**
 * A fictional demo region, generated deterministically from a seed: the organisation tree from the oblast down to
 * the administrative precincts with their territories, the officers who serve in it, and a population whose actual
 * addresses lie inside the precincts' territories. Pure data without I/O; a loader turns it into org units, officers
 * and persons. Every place, person and number in it is invented.
 *
 * <p>The tree: the region, its police department, a city body (Ақжар) and a rural district body (Көктерек), each
 * with a Local Police Service and its five units. Under each {@code district} unit sit the district police points
 * (urban: 2-3 points with at most 7 precincts each; rural: one point per settlement, textbook L329-331) and their
 * precincts.
 */
public final class DemoRegion {

    /** A node of the organisation tree; {@code territory} is empty except for precincts. */
    public record Node(String code, OrgUnitKind kind, LocalizedText name, String parentCode, String unitType,
            SettlementType settlementType, Integer residentCount, List<TerritoryEntry> territory) {

        public Node {
            territory = territory == null ? List.of() : List.copyOf(territory);
        }
    }

    /** An officer; {@code departmentCode} is the code of the node served in, {@code login} is always null. */
    public record DemoOfficer(String personnelNumber, String surname, String name, String patronymic, String rank,
            String position, String departmentCode, String unitType, String login) {
    }

    /** person has id/departmentId/precinctId/version/timestamps null */
    public record DemoPerson(Person person, String departmentCode) {
    }

    private static final String REGION_CODE = "DEMO";
    private static final String PD_CODE = "DEMO-PD";
    private static final String CITY_CODE = "DEMO-CITY";
    private static final String RURAL_CODE = "DEMO-RURAL";
    private static final String DISTRICT = "district";
    private static final String REGION_ADDRESS = "Демо облысы";
    private static final String RURAL_DISTRICT_ADDRESS = "Көктерек ауданы";
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final LocalDate YOUNGEST_BIRTH = LocalDate.of(2015, 12, 31);
    /** Surnames that take -а in the feminine. */
    private static final Pattern DECLINED_SURNAME = Pattern.compile(".*(ов|ев|ёв|ин|ын)");

    private static final LocalizedText REGION_NAME = new LocalizedText("Демо облысы", "Демонстрационная область",
            "Demo Region");
    private static final LocalizedText PD_NAME = new LocalizedText("Демо облысының Полиция департаменті",
            "Департамент полиции Демонстрационной области", "Police Department of Demo Region");
    private static final LocalizedText CITY_BODY_NAME = new LocalizedText("Ақжар қалалық полиция басқармасы",
            "Управление полиции города Акжар", "Akzhar City Police Department");
    private static final LocalizedText CITY_LPS_NAME = new LocalizedText(
            "Ақжар қалалық полиция басқармасының жергілікті полиция қызметі",
            "Служба местной полицейской службы УП города Акжар",
            "Local Police Service of the Akzhar City Police Department");
    private static final LocalizedText RURAL_BODY_NAME = new LocalizedText("Көктерек аудандық полиция бөлімі",
            "Отдел полиции Коктерекского района", "Kokterek District Police Department");
    private static final LocalizedText RURAL_LPS_NAME = new LocalizedText(
            "Көктерек аудандық полиция бөлімінің жергілікті полиция қызметі",
            "Служба местной полицейской службы ОП Коктерекского района",
            "Local Police Service of the Kokterek District Police Department");

    /** The city: its name is the settlement of every urban address. */
    private static final LocalizedText CITY = new LocalizedText("Ақжар", "Акжар", "Akzhar");

    /** The settlements of the rural district, the district centre first. */
    private static final List<LocalizedText> VILLAGES = List.of(
            new LocalizedText("Көктерек", "Коктерек", "Kokterek"),
            new LocalizedText("Сарыбұлақ", "Сарыбулак", "Sarybulak"),
            new LocalizedText("Қызылағаш", "Кызылагаш", "Kyzylagash"),
            new LocalizedText("Жаңаталап", "Жанаталап", "Zhanatalap"),
            new LocalizedText("Үшқоңыр", "Ушконыр", "Ushkonyr"));

    private static final String[] CITY_STREETS = {"Абай даңғылы", "Тәуелсіздік даңғылы", "Наурыз көшесі",
        "Бейбітшілік көшесі", "Достық көшесі", "Сәтбаев көшесі", "Құрманғазы көшесі", "Жамбыл көшесі",
        "Желтоқсан көшесі", "Бұқар жырау көшесі", "Шоқан Уәлиханов көшесі", "Ыбырай Алтынсарин көшесі",
        "Қазыбек би көшесі", "Төле би көшесі", "Әйтеке би көшесі", "Абылай хан көшесі", "Жібек жолы көшесі",
        "Болашақ көшесі", "Гагарин көшесі", "Пушкин көшесі", "Ғабит Мүсірепов көшесі", "Шұғыла көшесі",
        "Самал шағынауданы", "Көктем шағынауданы"};

    private static final String[] VILLAGE_STREETS = {"Абай көшесі", "Орталық көшесі", "Мектеп көшесі",
        "Бейбітшілік көшесі", "Жастар көшесі", "Бірлік көшесі", "Амангелді көшесі", "Тың көшесі",
        "Өзен көшесі", "Құлагер көшесі"};

    /** Kazakh male names; all end in a consonant so that they take the -ұлы/-қызы and -ович/-овна endings. */
    private static final String[] KZ_MALE_NAMES = {"Нұрлан", "Ерлан", "Асқар", "Дәурен", "Бауыржан", "Ғалымжан",
        "Қайрат", "Серік", "Айбек", "Ерболат", "Жандос", "Мұрат", "Бекзат", "Дархан", "Арман", "Әлихан", "Ержан",
        "Санжар", "Ілияс", "Өмірзақ", "Болат", "Талғат", "Мейрам", "Шыңғыс", "Ақжол", "Әділ", "Марат", "Тимур",
        "Шаһмардан", "Нұрсұлтан", "Ерқанат", "Үсен"};

    private static final String[] KZ_FEMALE_NAMES = {"Айгүл", "Гүлнара", "Әсел", "Динара", "Жанар", "Мөлдір",
        "Ақерке", "Айжан", "Гүлмира", "Сәуле", "Назерке", "Аружан", "Дана", "Балжан", "Күләш", "Ләззат", "Мәдина",
        "Перизат", "Салтанат", "Тоғжан", "Ұлжан", "Іңкәр", "Жұлдыз", "Аяулым", "Әйгерім", "Раушан", "Зарина",
        "Шынар", "Зуһра", "Үміт"};

    /** Male forms; {@link #gendered} derives the female ones. */
    private static final String[] KZ_SURNAMES = {"Нұрланов", "Серіков", "Асқаров", "Қайратов", "Жұмабаев",
        "Сәрсенбаев", "Оспанов", "Омаров", "Әбдірахманов", "Төлегенов", "Құнанбаев", "Байжанов", "Ахметов",
        "Қасымов", "Есімов", "Мұқанов", "Тоқтаров", "Сейітов", "Ғабитов", "Жақыпов", "Исабеков", "Көшербаев",
        "Ниязбеков", "Әлімжанов", "Смағұлов", "Ысқақов", "Өтегенов", "Үсенов", "Шәріпов", "Мұсин", "Нұрпейісов",
        "Тұрсынов", "Қожахметов", "Дүйсенбаев", "Сыздықов", "Жаңабаев", "Бейсенов", "Ибраев"};

    /** Male forms; surnames such as Ким or Шевченко do not change with sex. */
    private static final String[] RU_SURNAMES = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
        "Соколов", "Михайлов", "Новиков", "Федоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
        "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
        "Зайцев", "Борисов", "Яковлев", "Григорьев", "Романов", "Сергеев", "Кузьмин", "Фролов", "Гусев", "Ким",
        "Пак", "Цой", "Шевченко", "Бондаренко", "Коваленко"};

    /** Russian male names with the stem of the patronymic they give (stem + ич / stem + на). */
    private static final String[][] RU_MALE_NAMES = {{"Александр", "Александров"}, {"Сергей", "Сергеев"},
        {"Андрей", "Андреев"}, {"Дмитрий", "Дмитриев"}, {"Алексей", "Алексеев"}, {"Владимир", "Владимиров"},
        {"Николай", "Николаев"}, {"Иван", "Иванов"}, {"Михаил", "Михайлов"}, {"Евгений", "Евгеньев"},
        {"Виктор", "Викторов"}, {"Павел", "Павлов"}, {"Олег", "Олегов"}, {"Юрий", "Юрьев"}, {"Игорь", "Игорев"},
        {"Артём", "Артёмов"}, {"Максим", "Максимов"}, {"Денис", "Денисов"}, {"Роман", "Романов"},
        {"Константин", "Константинов"}};

    private static final String[] RU_FEMALE_NAMES = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
        "Анна", "Мария", "Екатерина", "Юлия", "Людмила", "Галина", "Валентина", "Оксана", "Алина", "Дарья",
        "Ксения", "Виктория", "Анастасия", "Надежда"};

    private static final String[] BODY_HEAD_RANKS = {"полиция полковнигі", "полиция подполковнигі"};
    private static final String[] LPS_HEAD_RANKS = {"полиция подполковнигі", "полиция майоры"};
    private static final String[] INSPECTOR_RANKS = {"полиция лейтенанты", "полиция аға лейтенанты",
        "полиция капитаны", "полиция майоры"};

    private static final String INSPECTOR = "учаскелік полиция инспекторы";
    private static final String POINT_INSPECTOR = "УПП жұмысын ұйымдастыруға жауапты учаскелік полиция инспекторы";

    /** A post in a unit: the position, the ranks it is filled with and the share (%) of women holding it. */
    private record Post(String position, List<String> ranks, int womenPercent) {
    }

    /** A unit of the Local Police Service and the staff it gets in each body (district inspectors aside). */
    private record UnitDef(String id, LocalizedText name, Post post) {
    }

    private static final List<UnitDef> UNITS = List.of(
            new UnitDef("district", new LocalizedText("Учаскелік полиция инспекторлары бөлінісі",
                    "Подразделение участковых инспекторов полиции", "District police inspectors unit"),
                    new Post("учаскелік полиция инспекторларының қызметін басқару жөніндегі инспектор",
                            List.of("полиция майоры", "полиция капитаны"), 20)),
            new UnitDef("juvenile", new LocalizedText("Кәмелетке толмағандардың істері жөніндегі бөлініс",
                    "Подразделение по делам несовершеннолетних", "Juvenile affairs unit"),
                    new Post("кәмелетке толмағандардың істері жөніндегі учаскелік полиция инспекторы",
                            List.of("полиция капитаны", "полиция аға лейтенанты"), 60)),
            new UnitDef("patrol", new LocalizedText("Патрульдік полиция бөлінісі",
                    "Подразделение патрульной полиции", "Patrol police unit"),
                    new Post("патрульдік полиция инспекторы",
                            List.of("полиция лейтенанты", "полиция аға сержанты", "полиция сержанты"), 10)),
            new UnitDef("womens-protection", new LocalizedText("Әйелдерді зорлық-зомбылықтан қорғау бөлінісі",
                    "Подразделение по защите женщин от насилия", "Women's protection unit"),
                    new Post("әйелдерді зорлық-зомбылықтан қорғау жөніндегі инспектор",
                            List.of("полиция капитаны", "полиция майоры"), 70)),
            new UnitDef("nature", new LocalizedText("Табиғат қорғау полициясы бөлінісі",
                    "Подразделение природоохранной полиции", "Nature protection police unit"),
                    new Post("табиғат қорғау полициясының инспекторы",
                            List.of("полиция аға лейтенанты", "полиция капитаны"), 10)));

    /** The unit ids of a Local Police Service, in the order the units are created. */
    public static final List<String> UNIT_IDS = UNITS.stream().map(UnitDef::id).toList();

    private final List<Node> nodes;
    private final List<DemoOfficer> officers;
    private final List<DemoPerson> persons;

    private DemoRegion(List<Node> nodes, List<DemoOfficer> officers, List<DemoPerson> persons) {
        this.nodes = List.copyOf(nodes);
        this.officers = List.copyOf(officers);
        this.persons = List.copyOf(persons);
    }

    /** Generates the region; the same seed and count always give the same data. */
    public static DemoRegion generate(long seed, int personCount) {
        if (personCount < 0) {
            throw new IllegalArgumentException("personCount < 0: " + personCount);
        }
        Generator g = new Generator(new Random(seed));
        g.organisation();
        for (int i = 0; i < personCount; i++) {
            g.person();
        }
        return new DemoRegion(g.nodes, g.officers, g.persons);
    }

    /** The organisation tree; every node comes after its parent. */
    public List<Node> nodes() {
        return nodes;
    }

    public List<DemoOfficer> officers() {
        return officers;
    }

    public List<DemoPerson> persons() {
        return persons;
    }

    /** The code of the region node: when it exists, the demo region is already loaded. */
    public String regionCode() {
        return REGION_CODE;
    }

    /** The female form of a surname: Нұрланов → Нұрланова, Мұсин → Мұсина; Ким stays Ким. */
    static String gendered(String maleSurname, Sex sex) {
        if (sex == Sex.FEMALE && DECLINED_SURNAME.matcher(maleSurname).matches()) {
            return maleSurname + "а";
        }
        return maleSurname;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A stretch of territory and how to make an address inside it. */
    private record Lot(TerritoryEntry entry, List<String> streets, int houseFrom, int houseTo, boolean flats) {
    }

    /** A generated precinct: the body owning it, its residents and the lots of its territory. */
    private record Precinct(String bodyCode, String district, int residents, List<Lot> lots) {
    }

    private record FullName(String surname, String name, String patronymic) {
    }

    /** One run of the generation; all state lives here and dies with the run. */
    private static final class Generator {

        private final Random random;
        private final List<Node> nodes = new ArrayList<>();
        private final List<DemoOfficer> officers = new ArrayList<>();
        private final List<DemoPerson> persons = new ArrayList<>();
        private final List<Precinct> precincts = new ArrayList<>();
        private final Set<String> iins = new HashSet<>();
        private int totalResidents;

        Generator(Random random) {
            this.random = random;
        }

        // ---- organisation ----------------------------------------------------------------------------------

        void organisation() {
            add(REGION_CODE, OrgUnitKind.REGION, REGION_NAME, null, null);
            add(PD_CODE, OrgUnitKind.POLICE_DEPARTMENT, PD_NAME, REGION_CODE, null);
            officer(PD_CODE, null, "полиция полковнигі",
                    "Полиция департаменті жергілікті полиция қызметінің бастығы", 0);
            body(CITY_CODE, CITY_BODY_NAME, CITY_LPS_NAME, "Ақжар қалалық полиция басқармасының бастығы");
            cityPoints(CITY_CODE + "-DISTRICT");
            body(RURAL_CODE, RURAL_BODY_NAME, RURAL_LPS_NAME, "Көктерек аудандық полиция бөлімінің бастығы");
            villagePoints(RURAL_CODE + "-DISTRICT");
        }

        /** A city/district body with its head, its Local Police Service and the five units with their staff. */
        private void body(String code, LocalizedText name, LocalizedText lpsName, String headPosition) {
            add(code, OrgUnitKind.DISTRICT_BODY, name, PD_CODE, null);
            officer(code, null, pick(BODY_HEAD_RANKS), headPosition, 0);
            String lps = code + "-LPS";
            add(lps, OrgUnitKind.LOCAL_POLICE_SERVICE, lpsName, code, null);
            officer(lps, null, pick(LPS_HEAD_RANKS), "Жергілікті полиция қызметінің бастығы", 10);
            for (UnitDef unit : UNITS) {
                String unitCode = code + "-" + unit.id().toUpperCase(Locale.ROOT);
                add(unitCode, OrgUnitKind.UNIT, unit.name(), lps, unit.id());
                Post post = unit.post();
                officer(unitCode, unit.id(), pick(post.ranks()), post.position(), post.womenPercent());
            }
        }

        /** 2-3 urban points with 3-5 precincts each; the precincts share out the city's streets. */
        private void cityPoints(String districtUnit) {
            int[] precinctsPerPoint = new int[2 + random.nextInt(2)];
            int precinctTotal = 0;
            for (int i = 0; i < precinctsPerPoint.length; i++) {
                precinctsPerPoint[i] = 3 + random.nextInt(3);
                precinctTotal += precinctsPerPoint[i];
            }
            List<List<Lot>> territories = shareOut(cityLots(), precinctTotal);
            int serial = 0;
            for (int p = 0; p < precinctsPerPoint.length; p++) {
                String point = point(CITY_CODE, p + 1, districtUnit, SettlementType.URBAN, numbered(p + 1));
                for (int k = 0; k < precinctsPerPoint[p]; k++) {
                    int residents = 1500 + random.nextInt(1501);
                    precinct(CITY_CODE, point, ++serial, SettlementType.URBAN, residents, null,
                            territories.get(serial - 1), k == 0);
                }
            }
        }

        /** One rural point per village, each with one precinct covering the whole village. */
        private void villagePoints(String districtUnit) {
            for (int i = 0; i < VILLAGES.size(); i++) {
                LocalizedText village = VILLAGES.get(i);
                String point = point(RURAL_CODE, i + 1, districtUnit, SettlementType.RURAL,
                        villagePointName(village));
                int residents = 800 + random.nextInt(1201);
                precinct(RURAL_CODE, point, i + 1, SettlementType.RURAL, residents, RURAL_DISTRICT_ADDRESS,
                        List.of(villageLot(village.kk(), residents)), true);
            }
        }

        private String point(String bodyCode, int number, String districtUnit, SettlementType type,
                LocalizedText name) {
            String code = String.format("%s-UPP-%02d", bodyCode, number);
            nodes.add(new Node(code, OrgUnitKind.POLICE_POINT, name, districtUnit, DISTRICT, type, null, List.of()));
            return code;
        }

        /** A precinct with its district inspector; the first inspector of a point also runs the point. */
        private void precinct(String bodyCode, String point, int serial, SettlementType type, int residents,
                String addressDistrict, List<Lot> lots, boolean runsPoint) {
            String code = String.format("%s-P-%03d", bodyCode, serial);
            List<TerritoryEntry> territory = lots.stream().map(Lot::entry).toList();
            nodes.add(new Node(code, OrgUnitKind.PRECINCT, precinctName(serial), point, DISTRICT, type, residents,
                    territory));
            precincts.add(new Precinct(bodyCode, addressDistrict, residents, lots));
            totalResidents += residents;
            officer(code, DISTRICT, pick(INSPECTOR_RANKS), runsPoint ? POINT_INSPECTOR : INSPECTOR, 10);
        }

        private void add(String code, OrgUnitKind kind, LocalizedText name, String parent, String unitType) {
            nodes.add(new Node(code, kind, name, parent, unitType, null, null, List.of()));
        }

        // ---- territory -------------------------------------------------------------------------------------

        /** The city's streets cut into lots: short streets whole, long ones in house ranges. */
        private List<Lot> cityLots() {
            List<Lot> lots = new ArrayList<>();
            for (String street : CITY_STREETS) {
                if (random.nextInt(4) == 0) {
                    int last = 12 + random.nextInt(30);
                    lots.add(new Lot(new TerritoryEntry(CITY.kk(), street, null, null), List.of(street), 1, last,
                            false));
                } else {
                    lots.addAll(houseRanges(street, 60 + random.nextInt(121)));
                }
            }
            return lots;
        }

        private List<Lot> houseRanges(String street, int lastHouse) {
            List<Lot> lots = new ArrayList<>();
            int from = 1;
            while (from <= lastHouse) {
                int to = from + 29 + random.nextInt(40);
                if (lastHouse - to < 15) {
                    to = lastHouse;
                }
                lots.add(new Lot(new TerritoryEntry(CITY.kk(), street, from, to), List.of(street), from, to, true));
                from = to + 1;
            }
            return lots;
        }

        /** Splits the lots into {@code parts} runs of consecutive lots, as even in size as possible. */
        private static List<List<Lot>> shareOut(List<Lot> lots, int parts) {
            List<List<Lot>> result = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                result.add(List.copyOf(lots.subList(i * lots.size() / parts, (i + 1) * lots.size() / parts)));
            }
            return result;
        }

        private Lot villageLot(String village, int residents) {
            List<String> streets = new ArrayList<>(List.of(VILLAGE_STREETS));
            Collections.shuffle(streets, random);
            int streetCount = 3 + random.nextInt(4);
            return new Lot(new TerritoryEntry(village, null, null, null), List.copyOf(streets.subList(0, streetCount)),
                    1, 20 + residents / 40, false);
        }

        // ---- people ----------------------------------------------------------------------------------------

        private void officer(String departmentCode, String unitType, String rank, String position,
                int womenPercent) {
            Sex sex = random.nextInt(100) < womenPercent ? Sex.FEMALE : Sex.MALE;
            FullName n = fullName(sex, 1968 + random.nextInt(32));
            String number = String.format("DM-%06d", 101 + officers.size());
            officers.add(new DemoOfficer(number, n.surname(), n.name(), n.patronymic(), rank, position,
                    departmentCode, unitType, null));
        }

        void person() {
            Precinct home = pickPrecinct();
            Address actual = address(home);
            Address registered = random.nextInt(10) == 0 ? address(pickPrecinct()) : actual;
            Sex sex = random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE;
            LocalDate birthDate = birthDate();
            FullName n = fullName(sex, birthDate.getYear());
            Person p = Person.draft(uniqueIin(birthDate, sex), n.surname(), n.name(), n.patronymic(), birthDate, sex,
                    "KZ", registered, actual, null);
            persons.add(new DemoPerson(p, home.bodyCode()));
        }

        /** A precinct chosen in proportion to its residents. */
        private Precinct pickPrecinct() {
            int r = random.nextInt(totalResidents);
            for (Precinct p : precincts) {
                r -= p.residents();
                if (r < 0) {
                    return p;
                }
            }
            throw new IllegalStateException("no precincts");
        }

        private Address address(Precinct precinct) {
            Lot lot = precinct.lots().get(random.nextInt(precinct.lots().size()));
            String street = lot.streets().get(random.nextInt(lot.streets().size()));
            int houseNumber = lot.houseFrom() + random.nextInt(lot.houseTo() - lot.houseFrom() + 1);
            String house = random.nextInt(20) == 0 ? houseNumber + "А" : Integer.toString(houseNumber);
            String flat = lot.flats() && random.nextInt(10) < 8 ? Integer.toString(1 + random.nextInt(144)) : null;
            return new Address(REGION_ADDRESS, precinct.district(), lot.entry().settlement(), street, house, flat);
        }

        private LocalDate birthDate() {
            int span = (int) (YOUNGEST_BIRTH.toEpochDay() - OLDEST_BIRTH.toEpochDay()) + 1;
            return OLDEST_BIRTH.plusDays(random.nextInt(span));
        }

        /** A valid IIN not given out before; registration numbers without a check digit are skipped. */
        private String uniqueIin(LocalDate birthDate, Sex sex) {
            while (true) {
                Optional<String> iin = Iin.compose(birthDate, sex, random.nextInt(10000));
                if (iin.isPresent() && iins.add(iin.get())) {
                    return iin.get();
                }
            }
        }

        /** About 7 in 10 names are Kazakh, the rest Russian (or Korean/Ukrainian surnames with Russian names). */
        private FullName fullName(Sex sex, int birthYear) {
            return random.nextInt(10) < 7 ? kazakhName(sex, birthYear) : russianName(sex);
        }

        /** Kazakh name; the traditional -ұлы/-қызы patronymic is commoner among those born since independence. */
        private FullName kazakhName(Sex sex, int birthYear) {
            boolean male = sex == Sex.MALE;
            String surname = gendered(pick(KZ_SURNAMES), sex);
            String name = pick(male ? KZ_MALE_NAMES : KZ_FEMALE_NAMES);
            String father = pick(KZ_MALE_NAMES);
            boolean traditional = random.nextInt(100) < (birthYear >= 1991 ? 70 : 35);
            String ending = traditional ? (male ? "ұлы" : "қызы") : (male ? "ович" : "овна");
            return new FullName(surname, name, father + ending);
        }

        private FullName russianName(Sex sex) {
            boolean male = sex == Sex.MALE;
            String surname = gendered(pick(RU_SURNAMES), sex);
            String name = male ? RU_MALE_NAMES[random.nextInt(RU_MALE_NAMES.length)][0] : pick(RU_FEMALE_NAMES);
            String fatherStem = RU_MALE_NAMES[random.nextInt(RU_MALE_NAMES.length)][1];
            return new FullName(surname, name, fatherStem + (male ? "ич" : "на"));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    // ---- names of generated nodes ---------------------------------------------------------------------------

    private static LocalizedText numbered(int number) {
        return new LocalizedText("№" + number + " учаскелік полиция пункті", "Участковый пункт полиции № " + number,
                "District police point No. " + number);
    }

    private static LocalizedText villagePointName(LocalizedText village) {
        return new LocalizedText(village.kk() + " ауылының учаскелік полиция пункті",
                "Участковый пункт полиции села " + village.ru(), village.en() + " village police point");
    }

    private static LocalizedText precinctName(int serial) {
        return new LocalizedText("№" + serial + " әкімшілік учаске", "Административный участок № " + serial,
                "Administrative precinct No. " + serial);
    }
}
