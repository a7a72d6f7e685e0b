package dev.bucketmap.tests.map;

import java.util.Enumeration;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestResult;
import junit.framework.TestSuite;
import org.junit.runner.Describable;
import org.junit.runner.Description;

/**
 * Re-labels a guava-testlib suite for reporting. Left alone, the vintage engine reports each
 * guava test under its tester class ({@code MapPutTester}), which runs once per size, view and
 * map: Surefire writes one report per tester class and each run overwrites the last, so the
 * reports (and CI's counts, read from them) keep only a fraction of the tests. Here every test
 * reports under the class that owns the suite, so all are counted; a failure message names the
 * tester and the test, whose name already says which suite it is in.
 */
final class OwnedSuite {
    private OwnedSuite() {}

    static TestSuite of(Class<?> owner, TestSuite suite) {
        // A suite named like a class would be reported as an empty test class of that name.
        TestSuite result = new TestSuite(suite.getName().replaceFirst("^(?:[a-z]\\w*\\.)+(?=[A-Z])", ""));
        for (Enumeration<Test> tests = suite.tests(); tests.hasMoreElements(); ) {
            Test test = tests.nextElement();
            if (test instanceof TestSuite inner) {
                result.addTest(of(owner, inner));
            } else if (test instanceof TestCase testCase) {
                result.addTest(new Labelled(owner, testCase));
            } else {
                throw new IllegalArgumentException("unexpected kind of test: " + test.getClass());
            }
        }
        return result;
    }

    /** One guava test, described as a test of the owner class. */
    private static final class Labelled implements Test, Describable {
        private final TestCase test;
        private final Description description;

        Labelled(Class<?> owner, TestCase test) {
            this.test = test;
            // "suite[...]" reads to the vintage engine like a parameterized run of the owner's
            // suite() method, so the test belongs to the owner class.
            String name = "suite[" + test.getClass().getSimpleName() + "." + test.getName() + "]";
            this.description = Description.createTestDescription(owner, name);
        }

        @Override
        public int countTestCases() {
            return 1;
        }

        @Override
        public void run(TestResult result) {
            result.startTest(this);
            String name = description.getMethodName();
            try {
                test.runBare();
            } catch (AssertionFailedError e) {
                // The reports know this test only as "suite": name it in the message.
                AssertionFailedError named = new AssertionFailedError(name + ": " + e.getMessage());
                named.setStackTrace(e.getStackTrace());
                result.addFailure(this, named);
            } catch (Throwable e) {
                result.addError(this, new RuntimeException(name, e));
            } finally {
                result.endTest(this);
            }
        }

        @Override
        public Description getDescription() {
            return description;
        }

        @Override
        public String toString() {
            return description.getMethodName();
        }
    }
}
