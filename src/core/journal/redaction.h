#pragma once

#include <QString>
#include <QStringView>

namespace steadyline::journal {

// What `--redact` masks in exported text, and the label each is replaced with.
enum class RedactedKind { Email, Iban, Card, Pesel, Phone };
[[nodiscard]] QString redactionLabel(RedactedKind kind); // "[e-mail]", "[IBAN]", "[card]", "[PESEL]", "[phone]"

// How many of each were masked.
struct RedactionCounts
{
    int emails = 0;
    int ibans = 0;
    int cards = 0;
    int pesels = 0;
    int phones = 0;

    [[nodiscard]] int total() const { return emails + ibans + cards + pesels + phones; }
    RedactionCounts &operator+=(const RedactionCounts &other);
};

// Masks personal data in free text typed during a call:
// - e-mail addresses;
// - IBANs: a country code and check digits, with or without spaces, mod-97 valid and of the
//   country's length ("PL61 1090 1014 0000 0712 1981 2874"), and Polish account numbers written
//   without "PL" (26 digits that are a valid IBAN with it);
// - payment card numbers: 13–19 digits, optionally grouped by spaces or dashes, Luhn-valid only;
// - Polish PESEL numbers: 11 digits with a valid checksum and date of birth;
// - phone numbers: international (+48 601 234 567, 0048…), Polish mobile and landline
//   (601 234 567, 601-234-567, (22) 123 45 67, 22 123 45 67) and 9 digits in a row.
// Checks make the difference between what is masked and what stays: a number that fails Luhn,
// mod 97 or the PESEL checksum stays; dates (2026-11-23, 23.11.2026), times (12:00), amounts
// (60 zł, 100 000 000 zł, 1 234,50) and shorter numbers (an order number of 8 digits, a case
// reference such as ZG-2026/0042) are never taken for a phone number.
// Errs on the side of masking: a 9-digit reference number is masked as a phone number.
[[nodiscard]] QString redact(const QString &text, RedactionCounts *counts = nullptr);

// The checks, for tests and other callers. Each takes only the digits (or the IBAN's letters
// and digits) without separators.
[[nodiscard]] bool luhnValid(QStringView digits);
[[nodiscard]] bool ibanValid(QStringView compact); // "PL61109010140000071219812874"; case-insensitive
[[nodiscard]] bool peselValid(QStringView digits);

} // namespace steadyline::journal
