evaluate(new File(sharedVerifyScript)) // compares build.log with expected-lines.txt
