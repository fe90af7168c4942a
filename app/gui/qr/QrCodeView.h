#pragma once

#include <QImage>
#include <QWidget>

namespace tessera::gui
{
    /// Paints a QR code as large as the widget allows, every module the same whole number of device
    /// pixels (no smoothing), centred on white with the quiet zone. Its minimum size keeps each module at
    /// least MinModuleMm wide on the screen it is on, so a phone can read it; it grows with its window.
    class QrCodeView : public QWidget
    {
        Q_OBJECT

    public:
        /// Below this, phone cameras at arm's length start to miss codes.
        static constexpr double MinModuleMm = 0.6;
        /// What the view asks for: easy to read from a phone held at a normal distance.
        static constexpr double PreferredModuleMm = 1.2;

        explicit QrCodeView(QWidget* parent = nullptr);
        ~QrCodeView() override;

        /// `code` has one pixel per module, quiet zone included (QrEncoder::toImage(text, level, 1)).
        void setCode(const QImage& code);
        /// Fills the code with white and forgets it (the modules spell out a secret).
        void clear();
        [[nodiscard]] int modules() const { return m_code.width(); }
        /// Device pixels per module at the current size.
        [[nodiscard]] int moduleDevicePixels() const;

        [[nodiscard]] QSize sizeHint() const override;
        [[nodiscard]] QSize minimumSizeHint() const override;

    protected:
        void paintEvent(QPaintEvent* event) override;

    private:
        [[nodiscard]] int logicalPixelsFor(double millimetres) const;

        QImage m_code;
    };
}
