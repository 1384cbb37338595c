


package scaleutils

import (
	"testing"

	"github.com/stretchr/testify/assert"
)
























