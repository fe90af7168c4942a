#pragma once

#include <QMainWindow>

namespace tessera::gui
{
    /// The first window: says what Tessera is. The desktop-app work replaces it with the vault UI.
    class IntroWindow : public QMainWindow
    {
        Q_OBJECT

    public:
        explicit IntroWindow(QWidget* parent = nullptr);
    };
}
