package dev.bucketmap.processor.validate;

import dev.bucketmap.processor.model.MapModel;
import java.util.Optional;

/**
 * What validating one interface found: whether it had errors (each already printed on its
 * element), and the model to generate from, present only when it had none and its class is
 * still to be generated.
 *
 * @param isClean true if validation reported no error
 * @param model the model of the class to generate; empty when not clean, when javac reports the
 *     problem itself (an incomplete annotation), or when the class is generated already
 */
public record ValidationReport(boolean isClean, Optional<MapModel> model) {
    public ValidationReport {
        if (!isClean && model.isPresent()) {
            throw new IllegalArgumentException("a model is generated only from a clean report");
        }
    }

    static ValidationReport of(MapModel model) {
        return new ValidationReport(true, Optional.of(model));
    }

    static ValidationReport nothingToGenerate(boolean isClean) {
        return new ValidationReport(isClean, Optional.empty());
    }
}
