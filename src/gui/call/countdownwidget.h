#pragma once

#include <QWidget>

namespace steadyline::gui {

// The step 3½ countdown: a ring that empties and the seconds left, large. Urgency shows as
// text as well as colour, so it reads without colour vision and through a screen reader.
class CountdownWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownWidget(QWidget *parent = nullptr);

    void setRemaining(int remainingMs, int totalMs, bool running);
    [[nodiscard]] int secondsShown() const;
    // The last three seconds of a running countdown: drawn in red and said in words.
    [[nodiscard]] bool urgent() const;
    [[nodiscard]] static QString urgencyText();
    [[nodiscard]] QString caption() const { return m_caption; }
    void setCaption(const QString &caption);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int ringSide() const;
    [[nodiscard]] int captionHeight(int width) const;

    int m_remainingMs = 0;
    int m_totalMs = 1;
    bool m_running = false;
    QString m_caption;
};

} // namespace steadyline::gui
