"""The vnkg SHACL shapes, shipped as package data (kg.shapes)."""
