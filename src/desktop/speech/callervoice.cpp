#include "callervoice.h"

#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
#include <QLocale>
#include <QTextToSpeech>
#endif

namespace steadyline::gui {

struct CallerVoice::Engine
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    std::unique_ptr<QTextToSpeech> speech;
#endif
};

CallerVoice::CallerVoice(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{}

CallerVoice::~CallerVoice() = default;

bool CallerVoice::setLanguage(const QString &language)
{
    m_available = false;
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (!m_engine->speech)
        m_engine->speech = std::make_unique<QTextToSpeech>();
    if (m_engine->speech->state() == QTextToSpeech::Error)
        return false;
    const QLocale::Language wanted = QLocale(language).language();
    for (const QLocale &locale : m_engine->speech->availableLocales()) {
        if (locale.language() == wanted) {
            m_engine->speech->setLocale(locale);
            m_available = true;
            break;
        }
    }
#else
    Q_UNUSED(language)
#endif
    return m_available;
}

void CallerVoice::say(const QString &text)
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (m_available && !text.isEmpty())
        m_engine->speech->say(text);
#else
    Q_UNUSED(text)
#endif
}

void CallerVoice::stop()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (m_engine->speech)
        m_engine->speech->stop();
#endif
}

} // namespace steadyline::gui
