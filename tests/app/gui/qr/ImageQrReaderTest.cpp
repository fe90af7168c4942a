#include "qr/ImageQrReader.h"
#include "QrGuiTestData.h"

#include <QApplication>
#include <QFile>
#include <QImageWriter>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

using tessera::gui::ImageQrReader;
using tessera::test::QrGuiTestData;

namespace
{
    class ImageQrReaderTest : public ::testing::Test
    {
    protected:
        void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

        QString save(const QString& name, const QImage& image, const char* format = nullptr)
        {
            const QString path = m_dir.filePath(name);
            EXPECT_TRUE(image.save(path, format)) << path.toStdString();
            return path;
        }

        /// Clicks the button with `text` in the next modal message box.
        static void clickInNextMessageBox(const QString& text)
        {
            QTimer::singleShot(0, [text] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                ASSERT_NE(box, nullptr);
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text() == text) {
                        button->click();
                        return;
                    }
                }
                FAIL() << "no button " << text.toStdString();
            });
        }

        QTemporaryDir m_dir;
    };
}

TEST_F(ImageQrReaderTest, ReadsEveryCommonFormatQtSupports)
{
    const QImage image = QrGuiTestData::codeImage(QrGuiTestData::uri());
    for (const char* format : {"png", "jpg", "bmp", "gif", "webp"}) {
        if (!QImageWriter::supportedImageFormats().contains(format)) {
            continue; // GIF and WebP writing depend on the installed plugins; reading is what matters here
        }
        const QString path = save(QStringLiteral("code.") + QString::fromLatin1(format), image, format);
        const auto scan = ImageQrReader::fromFile(path);
        ASSERT_TRUE(scan) << format << ": " << scan.error().message().toStdString();
        ASSERT_EQ(scan->payloads.size(), 1) << format;
        EXPECT_EQ(scan->payloads.first().text(), QrGuiTestData::uri()) << format;
        EXPECT_EQ(scan->sourceFile, QFileInfo(path).absoluteFilePath());
    }
}

TEST_F(ImageQrReaderTest, FileErrorsSaySomethingUseful)
{
    const auto missing = ImageQrReader::fromFile(m_dir.filePath(QStringLiteral("nope.png")));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("does not exist")));
    const auto folder = ImageQrReader::fromFile(m_dir.path());
    ASSERT_FALSE(folder);
    EXPECT_TRUE(folder.error().message().contains(QStringLiteral("folder")));
    QFile text(m_dir.filePath(QStringLiteral("notes.png")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    const auto notImage = ImageQrReader::fromFile(text.fileName());
    ASSERT_FALSE(notImage);
    EXPECT_TRUE(notImage.error().message().contains(QStringLiteral("as an image")));
}

TEST_F(ImageQrReaderTest, AnImageWithoutACodeGivesAnEmptyList)
{
    QImage blank(200, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const auto scan = ImageQrReader::fromFile(save(QStringLiteral("blank.png"), blank));
    ASSERT_TRUE(scan);
    EXPECT_TRUE(scan->payloads.isEmpty());
}

TEST_F(ImageQrReaderTest, ReadsPastedImageData)
{
    QMimeData mime;
    mime.setImageData(QrGuiTestData::codeImage(QrGuiTestData::uri()));
    ASSERT_TRUE(ImageQrReader::canRead(&mime));
    const auto scan = ImageQrReader::fromMimeData(&mime);
    ASSERT_TRUE(scan) << scan.error().message().toStdString();
    ASSERT_EQ(scan->payloads.size(), 1);
    EXPECT_EQ(scan->payloads.first().text(), QrGuiTestData::uri());
    EXPECT_TRUE(scan->sourceFile.isEmpty());
}

TEST_F(ImageQrReaderTest, ReadsADroppedFileUrl)
{
    const QString path = save(QStringLiteral("dropped.png"), QrGuiTestData::codeImage(QrGuiTestData::uri()));
    QMimeData mime;
    mime.setUrls({QUrl(QStringLiteral("https://example.com/x.png")), QUrl::fromLocalFile(path)});
    ASSERT_TRUE(ImageQrReader::canRead(&mime));
    const auto scan = ImageQrReader::fromMimeData(&mime);
    ASSERT_TRUE(scan) << scan.error().message().toStdString();
    ASSERT_EQ(scan->payloads.size(), 1);
    EXPECT_EQ(scan->payloads.first().text(), QrGuiTestData::uri());
    EXPECT_EQ(scan->sourceFile, QFileInfo(path).absoluteFilePath());
}

TEST_F(ImageQrReaderTest, RefusesMimeDataWithoutAnImage)
{
    QMimeData mime;
    mime.setText(QStringLiteral("hello"));
    EXPECT_FALSE(ImageQrReader::canRead(&mime));
    EXPECT_FALSE(ImageQrReader::canRead(nullptr));
    const auto scan = ImageQrReader::fromMimeData(&mime);
    ASSERT_FALSE(scan);
    EXPECT_TRUE(scan.error().message().contains(QStringLiteral("no image")));
}

TEST_F(ImageQrReaderTest, FileDialogFilterListsTheReadableFormats)
{
    const QString filter = ImageQrReader::fileDialogFilter();
    EXPECT_TRUE(filter.contains(QStringLiteral("*.png")));
    EXPECT_TRUE(filter.contains(QStringLiteral("*.jpg")));
}

TEST_F(ImageQrReaderTest, OfferToDeleteTheFileDeletesOnlyWhenTheUserAgrees)
{
    const QString path = save(QStringLiteral("secret.png"), QrGuiTestData::codeImage(QrGuiTestData::uri()));
    clickInNextMessageBox(QStringLiteral("Keep"));
    const auto kept = ImageQrReader::offerToDeleteFile(nullptr, path);
    ASSERT_TRUE(kept);
    EXPECT_FALSE(*kept);
    EXPECT_TRUE(QFile::exists(path));

    clickInNextMessageBox(QStringLiteral("Delete File"));
    const auto deleted = ImageQrReader::offerToDeleteFile(nullptr, path);
    ASSERT_TRUE(deleted);
    EXPECT_TRUE(*deleted);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ImageQrReaderTest, DeletingAFileThatIsGoneIsAnError)
{
    const auto result = ImageQrReader::deleteFile(m_dir.filePath(QStringLiteral("gone.png")));
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("Cannot delete")));
}
