package dev.bucketmap.processor.model;

/**
 * How generated code calls a functional parameter: the name of its single abstract method. Java's
 * own conversions (boxing, widening) apply to the arguments and the result, which the validator
 * has checked are legal.
 */
public record FunctionCall(String methodName) {}
