
=
12345678901234567890alice@example.comExample Bank (0 (ûÿÿÿÿÿÿÿÿ