


package manager_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"path"
	"text/template"

	"github.com/hashicorp/consul-template/config"
	"github.com/hashicorp/consul-template/manager"
)






































































