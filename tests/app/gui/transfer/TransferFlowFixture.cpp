#include "TransferFlowFixture.h"

#include "TestPaths.h"
#include "Vault.h"
#include "app/VaultHolder.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStyle>
#include <QTest>
#include <QTimer>

namespace tessera::gui::test
{
    const QString TransferFlowFixture::FixturePassword = QStringLiteral("fixture-password");

    void TransferFlowFixture::SetUp()
    {
        AppFixture::SetUp();
        m_answers = std::make_unique<QObject>();
        FileChooser::setAnswerer([this](const FileChooser::Request& request) {
            fileRequests.push_back(request);
            if (m_fileAnswers.empty()) {
                ADD_FAILURE() << "the app asked for a file (" << request.caption.toStdString()
                              << ") that the test did not expect";
                return QString();
            }
            QString path = m_fileAnswers.front();
            m_fileAnswers.pop_front();
            return path;
        });
    }

    void TransferFlowFixture::TearDown()
    {
        m_answers.reset();
        FileChooser::setAnswerer({});
        EXPECT_TRUE(m_fileAnswers.empty()) << "the app did not ask for " << m_fileAnswers.size() << " file(s)";
        AppFixture::TearDown();
    }

    Vault& TransferFlowFixture::vault() const
    {
        return app().holder().vault();
    }

    void TransferFlowFixture::startUnlocked()
    {
        createVault();
        startApp();
        unlock();
    }

    QUuid TransferFlowFixture::addAccount(Account account)
    {
        auto id = vault().add(std::move(account));
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message().toStdString());
        return id.ok() ? *id : QUuid();
    }

    void TransferFlowFixture::choose(QAbstractButton* button)
    {
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible());
        ASSERT_TRUE(button->isEnabled());
        const int indicator = button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button);
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(indicator / 2 + 1, button->height() / 2));
    }

    void TransferFlowFixture::answerFileDialog(const QString& path)
    {
        m_fileAnswers.push_back(path);
    }

    void TransferFlowFixture::answerMessageBox(const QString& buttonText)
    {
        QTimer::singleShot(0, m_answers.get(), messageAnswerer(buttonText, 500));
    }

    std::function<void()> TransferFlowFixture::messageAnswerer(const QString& buttonText, int attempts)
    {
        return [this, buttonText, attempts] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr) {
                if (attempts == 0) {
                    ADD_FAILURE() << "no message box opened to answer " << buttonText.toStdString();
                    return;
                }
                QTimer::singleShot(10, m_answers.get(), messageAnswerer(buttonText, attempts - 1));
                return;
            }
            messageBoxText = box->text();
            messageBoxInformation = box->informativeText();
            ++messageBoxes;
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == buttonText) {
                    button->click();
                    return;
                }
            }
            ADD_FAILURE() << "no button " << buttonText.toStdString() << " in " << box->text().toStdString();
            box->reject();
        };
    }

    QString TransferFlowFixture::fixture(const QString& name)
    {
        return tessera::test::dataPath(QStringLiteral("transfer/") + name);
    }

    QByteArray TransferFlowFixture::readFile(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    bool TransferFlowFixture::isOwnerOnly(const QString& path)
    {
        const QFileDevice::Permissions mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (QFileInfo(path).permissions() & mask) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}
