#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class IdSource;

// Names, streets, postcodes and phone numbers for the fictional Metropolitan Borough of Kirkbeck
// (postcode area LS). Phone numbers come only from Ofcom's ranges reserved for drama, so demo data never
// holds a real person's number.
class DemoNames {
public:
    static constexpr const char *kBorough = "Kirkbeck";

    // A plausible person: given and family name from one heritage (so "Łukasz Nowak", "Siobhán O'Brien"),
    // with the preferred language such a resident might ask for. Names are indices into the lists below
    // so a borough of residents can be kept in memory cheaply.
    struct Person {
        int given = 0;
        int family = 0;
        QString language;
    };
    static Person person(IdSource &rng);
    static const QStringList &givenNames();
    static const QStringList &familyNames();

    // A part of the borough: its name, its postcode district and the library that serves it.
    struct Locality {
        QString name;
        QString district;
        QString libraryCode;
    };
    static const QList<Locality> &localities();

    static QString street(IdSource &rng);
    static QString address(IdSource &rng,
                           const Locality &locality); // "14 Station Road, Northfield, Kirkbeck"
    static QString postcode(IdSource &rng, const QString &district); // "LS7 3AB"
    static QString mobile(IdSource &rng);                            // "07700 900123"
    static QString landline(IdSource &rng);                          // "0113 496 0123" or "01632 960123"
    static QString branchPhone(int index);                           // distinct per branch
    // "zoe.obrien42@example.com": folded to what email addresses may hold.
    static QString email(IdSource &rng, const QString &given, const QString &family);
};
