dnl substr(`abc', 1, 2147483647) crashes GNU m4 1.4.19 itself: not tested
[substr(`abc', 2147483647)] [substr(`abc', 1, 2147483646)] [substr(`abc', 99999999999)] [substr(`abc', 1, 99999999999)]
