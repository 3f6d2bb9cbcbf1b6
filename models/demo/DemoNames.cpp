#include "DemoNames.h"

#include "core/IdSource.h"
#include "core/TextFold.h"

namespace {

struct Heritage {
    int weight;          // out of 100: roughly the mix of a northern English borough
    double englishShare; // how many ask for English as their language
    QStringList given;
    QStringList family;
    QStringList languages;
};

QStringList words(const char *spaceSeparatedUtf8) {
    return QString::fromUtf8(spaceSeparatedUtf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Two-word family names are written with '_' in the tables below and shown with a space.
QStringList names(const char *spaceSeparatedUtf8) {
    QStringList out = words(spaceSeparatedUtf8);
    for (QString &n : out) {
        n.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return out;
}

const QList<Heritage> &heritages() {
    static const QList<Heritage> list{
        {55,
         1.0,
         names("Margaret Jean Patricia Barbara Susan Linda Christine Janet Pauline Doreen Brenda Eileen "
               "Maureen "
               "Sheila Kathleen Dorothy Joan Iris Olivia Amelia Isla Emily Sophie Grace Lily Chloe Jessica "
               "Hannah "
               "Megan Zoë Chloë Siobhán Niamh Aoife Róisín Renée Ann-Marie David John Michael Peter Paul "
               "Robert "
               "Stephen Andrew Mark Gary Kevin Brian Keith Derek Trevor Colin Dennis Gordon Graham Ronald "
               "Kenneth "
               "Alan Terence Bernard Oliver George Harry Jack Jacob Noah Charlie Thomas William James Seán "
               "Ciarán "
               "Liam Callum Declan Patrick"),
         names(
             "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson "
             "Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin "
             "Cooper "
             "Hill Ward Morris Moore Clark King Baker Harrison Morgan Allen Scott Phillips Watson Parker "
             "Price "
             "Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy "
             "Miller "
             "Cox Marshall Simpson Ellis Adams Wilkinson Foster Chapman Webb Rogers Gray Mason Hunt Holmes "
             "Barnes "
             "Knight Lloyd Butler Fisher Jenkins Dixon Harvey Ackroyd Sutcliffe Haigh Greenwood Holroyd "
             "O'Brien "
             "O'Connor O'Neill O'Sullivan McDonald MacLeod McCarthy Gallagher Doherty Byrne Ní_Bhriain "
             "Smith-Jones Ashworth-Clarke"),
         {}},
        {15, 0.6,
         names("Mohammed Muhammad Aisha Fatima Priya Rajesh Sunita Harpreet Gurpreet Jaspreet Amrit Sanjay "
               "Anjali "
               "Imran Bilal Zainab Ayesha Nasreen Shabana Tariq Asif Rukhsana Hamza Yusuf Deepak Meena Ravi "
               "Kiran "
               "Farhan Saima"),
         names(
             "Patel Khan Singh Begum Ali Hussain Ahmed Iqbal Akhtar Chaudhry Mahmood Rahman Uddin Miah Kaur "
             "Sharma Gupta Chauhan Mistry Shah D'Souza D'Mello Fernandes Bibi Malik Rashid"),
         words("ur pa bn gu hi")},
        {10, 0.3,
         names("Łukasz Zofia Małgorzata Bartłomiej Agnieszka Krzysztof Wojciech Anna Katarzyna Paweł Andrei "
               "Ioana "
               "Mihai Elena Ștefan Olena Oksana Dmytro Tomáš Zuzana"),
         names("Nowak Kowalski Kowalska Wiśniewski Wójcik Kamiński Lewandowski Dąbrowska Zieliński Szymański "
               "Popescu Ionescu Popa Shevchenko Kovalenko Novák Horváth Dvořák"),
         words("pl pl pl ro uk cs sk")},
        {8, 0.75,
         names(
             "Chinedu Ngozi Oluwaseun Adebayo Folake Kwame Abena Amina Hodan Abdi Faisal Mariam Tendai Chipo "
             "Delroy Marcia Winston Beverley Chiamaka Emeka"),
         names("Okafor Mensah Adeyemi Okonkwo Oyelaran Abdullahi Mohamud Hassan Osei Boateng Moyo Campbell "
               "Grant "
               "Francis Oduya Nwosu Eze"),
         words("so so yo ig tw")},
        {4, 0.4, names("Minh Linh Thanh Huong Wei Mei Jing Hao Yuki Hiroshi"),
         names("Nguyen Tran Pham Lê Chen Wang Li Zhang Liu Tanaka"), words("vi vi zh zh ja")},
        {8, 0.5,
         names("José María João Inês François Hélène Björn Søren Ahmet Elif Leila Omar Yasmin Giulia Marco "
               "Chloé "
               "Dimitris Eleni"),
         names(
             "García Fernández Rodríguez Pereira Santos da_Silva Müller Schäfer Jørgensen Yılmaz Kaya Demir "
             "Haddad Al-Sayed Rossi Esposito Dubois Lefèvre Papadopoulos"),
         words("es pt fr tr ar ar it de el")},
    };
    return list;
}

struct FlatNames {
    QStringList given;
    QStringList family;
    QList<int> givenStart;
    QList<int> familyStart;
};

const FlatNames &flat() {
    static const FlatNames f = [] {
        FlatNames out;
        for (const Heritage &h : heritages()) {
            out.givenStart.append(int(out.given.size()));
            out.familyStart.append(int(out.family.size()));
            out.given += h.given;
            out.family += h.family;
        }
        return out;
    }();
    return f;
}

// Letters allowed in the inward part of a postcode (Royal Mail never uses C I K M O V there).
constexpr char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

} // namespace

DemoNames::Person DemoNames::person(IdSource &rng) {
    const QList<Heritage> &all = heritages();
    int roll = int(rng.bounded(100));
    int h = 0;
    while (h + 1 < all.size() && roll >= all[h].weight) {
        roll -= all[h].weight;
        ++h;
    }
    const Heritage &heritage = all[h];
    Person p;
    // One in ten people has a family name from outside their own heritage, as in any real borough.
    const int familyIndex = rng.uniform() < 0.1 ? 0 : h;
    const Heritage &familyHeritage = all[familyIndex];
    p.given = flat().givenStart[h] + int(rng.bounded(quint32(heritage.given.size())));
    p.family = flat().familyStart[familyIndex] + int(rng.bounded(quint32(familyHeritage.family.size())));
    p.language = heritage.languages.isEmpty() || rng.uniform() < heritage.englishShare
                     ? QStringLiteral("en")
                     : heritage.languages[int(rng.bounded(quint32(heritage.languages.size())))];
    return p;
}

const QStringList &DemoNames::givenNames() {
    return flat().given;
}

const QStringList &DemoNames::familyNames() {
    return flat().family;
}

const QList<DemoNames::Locality> &DemoNames::localities() {
    static const QList<Locality> list{
        {QStringLiteral("Kirkbeck Town Centre"), QStringLiteral("LS1"), QStringLiteral("CEN")},
        {QStringLiteral("Northfield"), QStringLiteral("LS7"), QStringLiteral("NFD")},
        {QStringLiteral("Southgate"), QStringLiteral("LS11"), QStringLiteral("SGT")},
        {QStringLiteral("Eastbrook"), QStringLiteral("LS9"), QStringLiteral("EBK")},
        {QStringLiteral("Westholme"), QStringLiteral("LS12"), QStringLiteral("WHM")},
        {QStringLiteral("Millbridge"), QStringLiteral("LS13"), QStringLiteral("MLB")},
        {QStringLiteral("Ashby Green"), QStringLiteral("LS14"), QStringLiteral("ASG")},
        {QStringLiteral("Hollins Park"), QStringLiteral("LS15"), QStringLiteral("HPK")},
        {QStringLiteral("Stonegate"), QStringLiteral("LS16"), QStringLiteral("STG")},
        {QStringLiteral("Oakwood"), QStringLiteral("LS8"), QStringLiteral("OAK")},
        {QStringLiteral("Thornley"), QStringLiteral("LS17"), QStringLiteral("THN")},
        {QStringLiteral("Riverside"), QStringLiteral("LS10"), QStringLiteral("RVS")},
    };
    return list;
}

QString DemoNames::street(IdSource &rng) {
    static const QStringList streets = names(
        "Station_Road Church_Lane Victoria_Street Albert_Terrace Moorland_Avenue Chapel_Street Mill_Lane "
        "Park_View Springfield_Road Beech_Grove Oak_Crescent Holly_Bank Canal_Street Market_Street "
        "Queen's_Road "
        "King_Edward_Avenue St_Mary's_Close Woodside_Drive Meadow_Way Clough_Lane Beckside Town_Street "
        "Acre_Road Back_Lane Cemetery_Road Granville_Terrace Hawthorn_Walk Ivy_Mount Jubilee_Close "
        "Lister_Street Nab_Lane Orchard_Way Primrose_Hill Railway_Terrace Sandford_Road Tanner_Row "
        "Upper_Mill_Street Viaduct_Road Weavers_Croft Wharf_Street York_Road");
    return streets[int(rng.bounded(quint32(streets.size())))];
}

QString DemoNames::address(IdSource &rng, const Locality &locality) {
    static const QStringList blocks = names("Aire_Court Beck_House Calder_Heights Denby_Court Fountain_House "
                                            "Ravensworth_Court Swinegate_House");
    // Random draws in separate statements: C++ leaves the order of a call's arguments open, and the same
    // seed must give the same address with any compiler.
    const QString place = locality.name + QStringLiteral(", ") + QLatin1String(kBorough);
    if (rng.uniform() < 0.2) {
        const quint32 flat = 1 + rng.bounded(60);
        const QString &block = blocks[int(rng.bounded(quint32(blocks.size())))];
        return QStringLiteral("Flat %1, %2, %3, %4").arg(flat).arg(block, street(rng), place);
    }
    const quint32 number = 1 + rng.bounded(180);
    return QStringLiteral("%1 %2, %3").arg(number).arg(street(rng), place);
}

QString DemoNames::postcode(IdSource &rng, const QString &district) {
    constexpr quint32 letters = sizeof(kInwardLetters) - 1;
    const quint32 sector = rng.bounded(10);
    const char first = kInwardLetters[rng.bounded(letters)];
    const char second = kInwardLetters[rng.bounded(letters)];
    return district + QLatin1Char(' ') + QString::number(sector) + QLatin1Char(first) + QLatin1Char(second);
}

QString DemoNames::mobile(IdSource &rng) {
    return QStringLiteral("07700 900%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
}

QString DemoNames::landline(IdSource &rng) {
    const quint32 n = rng.bounded(1000);
    return rng.uniform() < 0.7 ? QStringLiteral("0113 496 0%1").arg(n, 3, 10, QLatin1Char('0'))
                               : QStringLiteral("01632 960%1").arg(n, 3, 10, QLatin1Char('0'));
}

QString DemoNames::branchPhone(int index) {
    return QStringLiteral("0113 496 0%1").arg(100 + index * 10, 3, 10, QLatin1Char('0'));
}

QString DemoNames::email(IdSource &rng, const QString &given, const QString &family) {
    static const QStringList domains{QStringLiteral("example.com"), QStringLiteral("example.org"),
                                     QStringLiteral("example.net")};
    auto part = [](const QString &name) { return TextFold::fold(name).remove(QLatin1Char(' ')); };
    const quint32 number = rng.bounded(100);
    const QString &domain = domains[int(rng.bounded(3))];
    return part(given) + QLatin1Char('.') + part(family) + QString::number(number) + QLatin1Char('@') +
           domain;
}
