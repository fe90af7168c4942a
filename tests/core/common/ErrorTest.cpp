#include "Error.h"

#include <gtest/gtest.h>

using tessera::Error;

TEST(Error, CarriesKindAndMessageAndAddsContext)
{
    const Error error(Error::Kind::WrongPassword, QStringLiteral("The password is wrong."));
    EXPECT_EQ(error.kind(), Error::Kind::WrongPassword);
    EXPECT_EQ(error.message(), QStringLiteral("The password is wrong."));
    const Error withContext = error.withContext(QStringLiteral("backup.json"));
    EXPECT_EQ(withContext.message(), QStringLiteral("backup.json: The password is wrong."));
    EXPECT_EQ(withContext.kind(), Error::Kind::WrongPassword);
}
