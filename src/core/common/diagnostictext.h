#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline {

// A diagnostic's message that can be said in any language: its English source, marked for
// translation with QT_TRANSLATE_NOOP(DiagnosticText::context, …), and its arguments, kept apart
// until the message is shown. The command line prints it in English whatever the locale (scripts
// parse it); a window shows the same message in the interface language, and again in another
// one after a switch. Arguments are what the file holds (ids, keys, numbers), shown as written,
// or texts of their own ("step 'boundary'", " Did you mean 'cs'?"), said in the same language.
class DiagnosticText
{
public:
    // One context for every diagnostic: a translator sees all of the validator's messages
    // together and keeps its terms the same.
    static constexpr const char *context = "steadyline::Diagnostic";

    DiagnosticText() = default;
    // `source` must come from QT_TRANSLATE_NOOP(DiagnosticText::context's value, …); `n` chooses
    // the plural form where the source holds %n.
    explicit DiagnosticText(const char *source, int n = -1)
        : m_source(source)
        , m_n(n)
    {}
    // Shown as it is in every language: a name, an id or a list from the file.
    [[nodiscard]] static DiagnosticText verbatim(QString text);

    // Fills %1, %2, … in order, as QString::arg does, but only when the message is shown, so an
    // argument that holds "%2" stays as it is.
    [[nodiscard]] DiagnosticText arg(const DiagnosticText &argument) const;
    [[nodiscard]] DiagnosticText arg(const QString &argument) const { return arg(verbatim(argument)); }
    [[nodiscard]] DiagnosticText arg(QStringView argument) const { return arg(argument.toString()); }
    [[nodiscard]] DiagnosticText arg(const char *) const = delete; // an English literal: mark it
    [[nodiscard]] DiagnosticText arg(long long number) const { return arg(QString::number(number)); }
    [[nodiscard]] DiagnosticText arg(unsigned long long number) const { return arg(QString::number(number)); }
    [[nodiscard]] DiagnosticText arg(long number) const { return arg(static_cast<long long>(number)); }
    [[nodiscard]] DiagnosticText arg(unsigned long number) const
    {
        return arg(static_cast<unsigned long long>(number));
    }
    [[nodiscard]] DiagnosticText arg(int number) const { return arg(static_cast<long long>(number)); }
    [[nodiscard]] DiagnosticText arg(unsigned number) const { return arg(static_cast<unsigned long long>(number)); }
    // A size or amount, as the C locale writes it ("1.5"): the file and the English text agree.
    [[nodiscard]] DiagnosticText arg(double number, int fieldWidth = 0, char format = 'g', int precision = -1) const
    {
        return arg(QStringLiteral("%1").arg(number, fieldWidth, format, precision));
    }
    template<typename First, typename Second, typename... Rest>
    [[nodiscard]] DiagnosticText arg(const First &first, const Second &second, const Rest &...rest) const
    {
        return arg(first).arg(second, rest...);
    }

    // In English, as the command line and the JSON output show it.
    [[nodiscard]] QString english() const { return render(false); }
    // In the interface language: through the translators installed in QCoreApplication.
    [[nodiscard]] QString translated() const { return render(true); }
    [[nodiscard]] bool isEmpty() const { return !m_source && m_verbatim.isEmpty(); }

private:
    QString render(bool translate) const;

    const char *m_source = nullptr;
    QString m_verbatim;
    int m_n = -1;
    std::vector<DiagnosticText> m_arguments;
};

// `parts` joined by ", " in every language (lists of ids from the file).
[[nodiscard]] DiagnosticText verbatimList(const QStringList &parts);

} // namespace steadyline
