#pragma once

#include <QString>
#include <QStringView>

namespace steadyline::journal {

// What `--redact` masks in exported text, and the label each is replaced with.
enum class RedactedKind {
    Email,       // "[e-mail]"
    Iban,        // "[IBAN]": IBANs and Polish account numbers (NRB)
    Card,        // "[card]"
    Pesel,       // "[PESEL]"
    Phone,       // "[phone]"
    BirthNumber, // "[birth number]": Czech rodné číslo
    Nip,         // "[NIP]"
    Regon,       // "[REGON]"
    Inn,         // "[INN]"
    Snils,       // "[SNILS]"
    IdCard,      // "[ID card]": Polish dowód osobisty, Czech občanský průkaz
    Passport,    // "[passport]": Russian internal and foreign, Polish and Czech passports
    Account,     // "[account]": Czech domestic and Russian 20-digit account numbers
    Name,        // "[name]"
    Address,     // "[address]"
    BirthDate,   // "[date of birth]"
};
inline constexpr RedactedKind kRedactedKinds[] = {
    RedactedKind::Email,   RedactedKind::Iban,        RedactedKind::Card,    RedactedKind::Pesel,
    RedactedKind::Phone,   RedactedKind::BirthNumber, RedactedKind::Nip,     RedactedKind::Regon,
    RedactedKind::Inn,     RedactedKind::Snils,       RedactedKind::IdCard,  RedactedKind::Passport,
    RedactedKind::Account, RedactedKind::Name,        RedactedKind::Address, RedactedKind::BirthDate};
[[nodiscard]] QString redactionLabel(RedactedKind kind); // "[e-mail]", "[IBAN]", "[card]", "[PESEL]", "[phone]", …

// How many of each were masked.
struct RedactionCounts
{
    int emails = 0;
    int ibans = 0;
    int cards = 0;
    int pesels = 0;
    int phones = 0;
    int birthNumbers = 0;
    int nips = 0;
    int regons = 0;
    int inns = 0;
    int snils = 0;
    int idCards = 0;
    int passports = 0;
    int accounts = 0;
    int names = 0;
    int addresses = 0;
    int birthDates = 0;

    [[nodiscard]] int total() const;
    [[nodiscard]] int of(RedactedKind kind) const;
    [[nodiscard]] int &of(RedactedKind kind);
    RedactionCounts &operator+=(const RedactionCounts &other);
};

// Masks personal data in free text typed during a call, in Polish, Czech, Russian (and English):
// - e-mail addresses, also written "jan.kowalski(at)wp.pl", "jan @ wp.pl", "jan [at] wp [dot] pl";
// - IBANs: a country code and check digits, with or without spaces, mod-97 valid and of the
//   country's length ("PL61 1090 1014 0000 0712 1981 2874"), and Polish account numbers written
//   without "PL" (26 digits that are a valid IBAN with it);
// - Czech domestic accounts "19-2000145399/0800" (mod 11 of prefix and number, a known bank code
//   or a word such as "účet" before) and Russian 20-digit accounts (after "р/с", "счёт", … or
//   starting 40817, 40820, 423, 426: accounts of private persons);
// - payment card numbers: 13–19 digits, grouped by spaces, dashes or dots, Luhn-valid only, unless
//   labelled as a parcel ("przesyłka", "zásilka", "посылка", "трек", …);
// - PESEL (also "440514 01359"), rodné číslo (with or without '/', mod 11 and a plausible date),
//   NIP ("PL1234563218", "123-456-32-18"), REGON (9 or 14 digits), INN (after "ИНН"; 12 digits
//   also without), SNILS ("112-233-445 95"; 11 digits after "СНИЛС"), each with its checksum;
// - identity documents: Polish ID cards "ABA300000" (after "dowód" any such number, without it
//   only with the right check digit), passports after "paszport", Czech ID cards and passports
//   after "OP", "občanský průkaz", "pas č.", Russian passports "4510 123456" (a plausible series)
//   and after "паспорт"/"серия", foreign ones after "загранпаспорт";
// - phone numbers: international (+48 601 234 567, 0048…, +7 (495) …), Russian 8-912-345-67-89
//   and 89123456789, Polish and Czech mobile and landline (601 234 567, 601-234-567,
//   (22) 123 45 67, 22 123 45 67), alternates "601 234 567/568" (both masked). A 9-digit number
//   is a phone number after a word such as "tel.", "volejte", "тел."; without one only when it
//   starts like a Polish or Czech mobile or landline number (2–8, 12–18, 91, 94, 95), never after
//   a word such as "zamówienie", "kwota", "objednávka", "заказ";
// - names after a title or a label (Pan/Pani/pana/panu/panią/Państwo/p.…, pan/paní/pane/slečna…,
//   господин/госпожа/г-н…, Ing./dr/mgr…, "nazywa się", "jméno", "ФИО"…), Russian names with a
//   patronymic ("Иван Иванович", "Иванов Иван Иванович") or initials ("Петров П. П.");
// - addresses: a street word (ul., ulica, al., os., nám., třída, ул., пр-т, д., кв., …) with its
//   name and number ("Невский проспект, 28" too), and postal codes with their town (00-950
//   Warszawa, 110 00 Praha 1, 123456, г. Москва), joined with a street and number just before them;
//   a street name and number without a street word after "adres", "bydlí", "проживает", …;
// - dates of birth after ur./urodzony/data urodzenia, nar./narozena/datum narození,
//   род./родилась/дата рождения, and before "г.р.".
// Checks make the difference between what is masked and what stays: a number that fails its
// checksum stays; dates, times, amounts ("kwota 123 456 789", "100 200 300 sztuk"), case
// references (ZG-2026/0042), invoice and order numbers and parcel numbers stay.
// What is not found (see redactionNotCovered()): names without a title, label or patronymic;
// addresses without a street word or postal code; documents of other kinds or countries.
[[nodiscard]] QString redact(const QString &text, RedactionCounts *counts = nullptr);

// What redact() does not find, for the header of a redacted report.
[[nodiscard]] QString redactionNotCovered();

// The checks, for tests and other callers. Each takes only the digits (or the IBAN's or ID
// card's letters and digits) without separators.
[[nodiscard]] bool luhnValid(QStringView digits);
[[nodiscard]] bool ibanValid(QStringView compact); // "PL61109010140000071219812874"; case-insensitive
[[nodiscard]] bool peselValid(QStringView digits);
// Rodné číslo: 10 digits divisible by 11 (or, until 1985, the first nine leaving 10 and a final
// 0), or 9 digits for people born before 1954; month +50 for women, +20/+70 from 2004; the date
// must exist and not lie in the future.
[[nodiscard]] bool birthNumberValid(QStringView digits);
[[nodiscard]] bool nipValid(QStringView digits);           // 10 digits, weights 6 5 7 2 3 4 5 6 7, mod 11
[[nodiscard]] bool regonValid(QStringView digits);         // 9 or 14 digits, mod 11
[[nodiscard]] bool innValid(QStringView digits);           // 10 or 12 digits, mod 11 mod 10
[[nodiscard]] bool snilsValid(QStringView digits);         // 11 digits, the last two a check number
[[nodiscard]] bool polishIdCardValid(QStringView compact); // "ABA300000": the first digit checks
// A Czech domestic account: prefix (0–6 digits, may be empty) and number (2–10 digits), each
// mod 11 with the weights 1 2 4 8 5 10 9 7 3 6 from the right; the number has two nonzero digits.
[[nodiscard]] bool czechAccountValid(QStringView prefix, QStringView number);

} // namespace steadyline::journal
