package com.example.orders;

public record Order(String id, long totalCents) {}
